using Delegation.Core.Intake;
using Delegation.Core.Sops;

namespace Delegation.Core.Tests;

/// <summary>Task names as practices write them on the intake form, and the SOP kind each must get.</summary>
public sealed class SopKindTableTests
{
    const TaskCategory Admin = TaskCategory.Admin;
    const TaskCategory Billing = TaskCategory.Billing;
    const TaskCategory Marketing = TaskCategory.Marketing;
    const TaskCategory Tech = TaskCategory.Tech;
    const TaskCategory Onboarding = TaskCategory.Onboarding;
    const TaskCategory Clinical = TaskCategory.Clinical;

    public static TheoryData<string, TaskCategory, string> Table => new()
    {
        // Front desk
        { "Scheduling appointments", Admin, "scheduling" },
        { "Rescheduling and cancellations", Admin, "scheduling" },
        { "Managing the waitlist", Admin, "scheduling" },
        { "Calendar management", Admin, "scheduling" },
        { "Booking new clients", Onboarding, "scheduling" },
        { "Reminder calls", Admin, "reminders" },
        { "Appointment reminder texts", Admin, "reminders" },
        { "Confirmation calls the day before", Admin, "reminders" },
        { "Phone and voicemail", Admin, "phone" },
        { "Answering phones", Admin, "phone" },
        { "Returning voicemails", Admin, "phone" },
        { "Front desk calls", Admin, "phone" },
        { "Returning calls", Admin, "phone" },
        { "Phones and email", Admin, "phone" },
        { "Inbox", Admin, "inbox" },
        { "Answering email enquiries", Admin, "inbox" },
        { "Email and inbox management", Admin, "inbox" },
        { "Contact form messages", Admin, "inbox" },
        { "Free consultation calls", Admin, "consultations" },
        { "Booking consultations", Onboarding, "consultations" },
        { "Discovery calls with prospective clients", Marketing, "consultations" },
        { "Client follow-ups", Onboarding, "client-follow-ups" },
        { "Following up with leads", Admin, "client-follow-ups" },
        { "Rebooking lapsed clients", Admin, "client-follow-ups" },
        { "Scanning and faxing", Admin, "documents" },
        { "Incoming mail and filing", Admin, "documents" },
        { "Office supplies", Admin, "office-supplies" },
        { "Ordering supplies and stationery", Admin, "office-supplies" },
        // Insurance and money
        { "Insurance verification", Onboarding, "eligibility" },
        { "Verification of benefits", Billing, "eligibility" },
        { "Eligibility checks", Admin, "eligibility" },
        { "Prior authorizations", Billing, "eligibility" },
        { "Insurance claims", Billing, "claims" },
        { "Submitting claims", Billing, "claims" },
        { "Insurance billing", Billing, "claims" },
        { "Medical billing", Admin, "claims" },
        { "Posting ERA payments", Billing, "payment-posting" },
        { "Insurance", Billing, "claims" },
        { "Denials and appeals", Billing, "denials" },
        { "Insurance denials", Billing, "denials" },
        { "Claim follow-up", Billing, "denials" },
        { "A/R follow-up", Billing, "denials" },
        { "Appealing denied claims", Admin, "denials" },
        { "Superbills", Billing, "superbills" },
        { "Superbills for out-of-network clients", Billing, "superbills" },
        // Misfiled but unmistakable: a superbill is a superbill wherever it was filed.
        { "Superbills", Admin, "superbills" },
        { "Superbills", Marketing, "superbills" },
        { "Out-of-network paperwork", Onboarding, "superbills" },
        { "Client statements", Billing, "statements" },
        { "Collections", Billing, "statements" },
        { "Chasing unpaid client balances", Billing, "statements" },
        { "Copay collection", Billing, "statements" },
        { "Invoicing private-pay clients", Billing, "statements" },
        { "Credentialing", Billing, "credentialing" },
        { "CAQH re-attestation", Admin, "credentialing" },
        { "Getting paneled with insurers", Billing, "credentialing" },
        { "Credentialing with new payers", Onboarding, "credentialing" },
        { "Payroll", Billing, "payroll" },
        { "Paying contractors", Billing, "payroll" },
        { "Contractor invoices", Admin, "payroll" },
        { "Timesheets and pay runs", Admin, "payroll" },
        { "Bookkeeping in QuickBooks", Billing, "bookkeeping" },
        { "Expense receipts", Billing, "bookkeeping" },
        { "Month end", Billing, "bookkeeping" },
        { "Reconciling the bank account", Billing, "bookkeeping" },
        // Records and onboarding
        { "Records requests", Admin, "records-requests" },
        { "Release of information", Admin, "records-requests" },
        { "Paperwork and records requests", Admin, "records-requests" },
        { "Subject access requests", Admin, "records-requests" },
        { "Intake packets", Onboarding, "intake-paperwork" },
        { "New client onboarding", Onboarding, "intake-paperwork" },
        { "Consent forms", Onboarding, "intake-paperwork" },
        { "Intake paperwork", Admin, "intake-paperwork" },
        { "Telehealth set-up", Tech, "telehealth" },
        { "Setting up Zoom for sessions", Tech, "telehealth" },
        { "Doxy.me links", Admin, "telehealth" },
        // Marketing
        { "Instagram and Facebook posts", Marketing, "social-media" },
        { "Social media", Marketing, "social-media" },
        { "LinkedIn posting", Marketing, "social-media" },
        { "Monthly email newsletter", Marketing, "newsletters" },
        { "Mailchimp campaigns", Marketing, "newsletters" },
        { "Blog posts", Marketing, "blog-posts" },
        { "Writing blog articles", Marketing, "blog-posts" },
        { "SEO content", Marketing, "blog-posts" },
        { "Psychology Today profile", Marketing, "directory-profiles" },
        { "Psychology Today profile and website", Marketing, "directory-profiles" },
        { "Directory listings", Marketing, "directory-profiles" },
        { "Updating Psychology Today", Admin, "directory-profiles" },
        { "Google Business profile", Marketing, "google-business" },
        { "Replying to Google reviews", Marketing, "google-business" },
        { "Online reviews", Admin, "google-business" },
        { "Google Ads", Marketing, "paid-ads" },
        { "Facebook ads", Marketing, "paid-ads" },
        { "Paid ads", Marketing, "paid-ads" },
        // Tech
        { "Website updates", Tech, "website" },
        { "Squarespace site", Marketing, "website" },
        { "Domain and hosting", Tech, "website" },
        { "Booking widget", Tech, "booking-widget" },
        { "Online booking set-up", Marketing, "booking-widget" },
        { "EHR user accounts", Tech, "ehr-accounts" },
        { "Staff access and permissions", Admin, "ehr-accounts" },
        { "SimplePractice set-up", Tech, "ehr-accounts" },
        { "Troubleshooting Wi-Fi", Tech, "tech-troubleshooting" },
        { "Printer and laptop problems", Tech, "tech-troubleshooting" },
        { "Tech support", Tech, "tech-troubleshooting" },
        { "Zoom troubleshooting", Tech, "tech-troubleshooting" },
        { "CRM set-up", Tech, "crm" },
        { "Setting up HubSpot", Marketing, "crm" },
        { "Referral tracking", Marketing, "crm" },
        { "Referral partners", Marketing, "starter" },
        // Renewals
        { "Licence renewal", Admin, "licence-renewals" },
        { "License and CE tracking", Admin, "licence-renewals" },
        { "Continuing education credits", Admin, "licence-renewals" },
        { "Malpractice insurance renewal", Admin, "licence-renewals" },
        // No kind: a starter, never another task's content.
        { "Errands", Admin, "starter" },
        { "Referral partners lunch", Admin, "starter" },
        { "Miscellaneous", Tech, "starter" },
        // Clinical work shared with an associate gets the associate's caseload SOP.
        { "Sessions", Clinical, "associate-caseload" },
        { "Overflow sessions from the waitlist", Clinical, "associate-caseload" },
        { "Therapy sessions", Clinical, "associate-caseload" },
        { "Treatment notes", Clinical, "starter" },
        // Clinical work never takes an admin procedure, even by a word it shares.
        { "Superbills", Clinical, "starter" },
        { "Phone sessions", Clinical, "associate-caseload" },
        // A keyword counts only in its kind's categories: the inbox is admin work.
        { "Inbox", Tech, "starter" },
        // Keywords start words: "claim" is not found inside "reclaimed".
        { "Reclaimed hours", Billing, "starter" },
        // A word that only hints at an area loses to one that names the task.
        { "Review intake forms", Admin, "intake-paperwork" },
        { "Email newsletter", Marketing, "newsletters" },
        // Words that once pulled in another task's SOP: "paperwork" alone is not intake, a password manager is not Wi-Fi.
        { "Quarterly tax paperwork for the accountant", Admin, "taxes" },
        { "Password manager roll-out", Tech, "password-manager" },
        { "Password resets", Tech, "tech-troubleshooting" },
    };

    /// <summary>One-off projects: a kind that describes ongoing work gives way to the project plan.</summary>
    public static TheoryData<string, TaskCategory, string> Projects => new()
    {
        { "Move the website to a new host", Tech, "website-move" },
        { "Set up Google Workspace with a BAA", Tech, "project" },
        // A password manager roll-out has its own project steps (vaults by role, off-boarding), not the generic plan.
        { "Password manager roll-out", Tech, "password-manager" },
        { "Fix the online booking widget", Tech, "booking-widget" },
        { "CRM set-up", Tech, "crm" },
        // The task the plan adds for a new associate who will see insured clients: its own one-off SOP, not the set-up plan.
        { "Credential your new associate with each insurer you bill", Billing, "associate-credentialing" },
        // Credentialing a newly hired associate is a project of its own: CAQH, NPI, applications, effective dates.
        { "Credentialing the new associate", Billing, "associate-credentialing" },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void KindOf_OneOffProject_GetsAProjectReadyKindOrTheProjectPlan(string name, TaskCategory category, string kind)
    {
        Assert.Equal(kind, SopWriter.KindOf(Samples.Task(name: name, category: category, hours: 0) with { OneTimeHours = 6m }));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void KindOf_RealTaskName_GetsItsKind(string name, TaskCategory category, string kind)
    {
        Assert.Equal(kind, SopWriter.KindOf(Samples.Task(name: name, category: category)));
    }

    [Fact]
    public void Table_HasEightyNames_AndReachesEveryKind()
    {
        var rows = Table.Concat(Projects).Select(r => (Name: (string)r[0], Kind: (string)r[2])).ToList();

        Assert.True(rows.Count >= 80, $"{rows.Count} rows");
        Assert.True(SopLibrary.Keys.Count >= 31, $"{SopLibrary.Keys.Count} kinds");
        Assert.Equal(SopLibrary.Keys.Order(StringComparer.Ordinal), rows.Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal));
    }
}
