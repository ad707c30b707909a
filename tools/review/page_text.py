"""Reads a rendered page's DOM on stdin and prints the text of its <main>, one block per line."""
import html.parser, sys

class Text(html.parser.HTMLParser):
    blocks = {"p", "li", "h1", "h2", "h3", "h4", "tr", "div", "section", "dt", "dd", "caption"}
    void = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}
    def __init__(self):
        super().__init__(); self.depth = 0; self.skip = 0; self.out = []
    def handle_starttag(self, tag, attrs):
        if tag == "main": self.depth += 1
        # What the browser hides (hidden sections, the progress list of a finished plan) is not shown to readers.
        if self.skip or "hidden" in dict(attrs):
            if tag not in self.void: self.skip += 1
            return
        if tag in ("script", "style", "template"): self.skip += 1; return
        if tag in self.blocks or tag == "br": self.out.append("\n")
        if tag in ("td", "th"): self.out.append(" | ")
        if tag == "a":
            href = dict(attrs).get("href")
            if href and self.depth: self.out.append(f" [{href}] ")
    def handle_endtag(self, tag):
        if self.skip:
            self.skip -= 1
            return
        if tag == "main": self.depth -= 1
    def handle_data(self, data):
        if self.depth and not self.skip: self.out.append(data)

t = Text(); t.feed(sys.stdin.read())
lines = [" ".join(l.split()) for l in "".join(t.out).split("\n")]
print("\n".join(l for l in lines if l))
