"""Writes an .eml's text part, HTML part and attachments into a folder, as a mail client shows them."""
import email, email.policy, pathlib, sys

message = email.message_from_bytes(pathlib.Path(sys.argv[1]).read_bytes(), policy=email.policy.default)
out = pathlib.Path(sys.argv[2])
# --no-date: under Workflow:TimeScale the Date header is the wall clock, not the plan's (months pass in minutes),
# and readers took it for the send date.
fields = ("From", "To", "Subject") if "--no-date" in sys.argv else ("From", "To", "Subject", "Date")
head = "".join(f"{h}: {message[h]}\n" for h in fields if message[h])
for part in message.walk():
    name = part.get_filename()
    if name:
        (out / "attachments").mkdir(exist_ok=True)
        (out / "attachments" / name).write_bytes(part.get_payload(decode=True))
    elif part.get_content_type() == "text/plain":
        (out / "email.txt").write_text(head + "\n" + part.get_content())
    elif part.get_content_type() == "text/html":
        (out / "email.html").write_text(part.get_content())
