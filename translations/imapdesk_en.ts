<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountListParser</name>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many fields (expected 2 or 4): put a password that contains spaces or separators (, ; | tab) in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line too long (64 KiB or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing user1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing user2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing password1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing password2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user2 given without password2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user1 contains spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user2 contains spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the account list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encoded as UTF-16, not UTF-8. Save it as UTF-8 text (in Excel: &quot;CSV UTF-8 (Comma delimited)&quot;) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a binary file, not an account list (it contains a NUL byte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid UTF-8 text. Save the file as &quot;CSV UTF-8 (Comma delimited)&quot; in Excel or as UTF-8 text in your editor, or import it again and read it as Windows-1252 (Western European).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list has too many lines (more than %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsCheckCommand</name>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: duplicate of line %2, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts: %1, rejected lines: %2, duplicates: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain added to users written without @domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account list (.txt, .csv, .tsv), or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts check needs exactly one FILE (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--default-domain %1 is not a domain name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchAddCommand</name>
    <message>
        <source>--%1 HOST[:PORT] is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security%1 must be ssl, starttls or none, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset%1 must be none, gmail, office365, exchange or domino, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 looks like %2; imapsync has a preset for it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--default-domain %1 is not a domain name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extra: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after needs a batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch added: fix the rejected lines or add --skip-invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch added: %1 holds no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the passwords of line %1 in the system keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source encryption: ssl (default), starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination encryption: ssl (default), starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source provider preset: gmail, office365, exchange, domino.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination provider preset: gmail, office365, exchange, domino.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the batch, e.g. a ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain added to users without @domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: imapsync shows what it would copy (--dry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check that every account can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra imapsync arguments, quoted as in a shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start only after this batch has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BATCH_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the valid accounts even if some lines are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the batch at once and wait for it (as batch run --wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account list (.txt, .csv, .tsv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch add needs exactly one account list FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after %1: no such batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--certificate%1 needs a SHA-256 fingerprint (64 hexadecimal digits), as `batch check` prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a keyring, add --run --session-passwords: the passwords then stay in memory while this command runs the batch, and are never written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this source certificate (SHA-256 fingerprint) although it is self-signed or for another name; imapsync then accepts it and no other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this destination certificate (SHA-256 fingerprint), as --certificate1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --run: keep the passwords in memory while this command runs, not in the system keyring. Jobs it does not run ask for their passwords later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session-passwords needs --run: the passwords live only as long as this command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCheckCommand</name>
    <message>
        <source>The system keyring cannot be read (%1): only the hosts are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections at once to one host (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a server certificate in spite of its problems (self-signed, other name), given by the SHA-256 fingerprint the check printed. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also test logins on hosts that offer no encryption (the passwords then travel in clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch check needs one batch ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-host needs a number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept-certificate needs a SHA-256 fingerprint: 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  certificate SHA-256 %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no passwords: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCommands</name>
    <message>
        <source>The batch (see &apos;imapdesk batch list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run them with: imapdesk batch run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 belongs to batch %2, not to batch %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has not ended (state: %2); only a job that has ended can be run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of batch %2 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry: no job of batch %1 has failed, been cancelled or been interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to run again: no job of batch %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: jobs queued again: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delta pass: imapsync copies only what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the folder %1 completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was not deleted: jobs still running: %2. Cancel it first (&apos;imapdesk batch cancel %1&apos;) and wait until they have stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is deleted, but its saved passwords could not be removed from the system keychain: %2. Remove the entries of the service &apos;%3&apos; by hand (for example with Seahorse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of batch %1 written to %2 (jobs: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: queued jobs cancelled: %2; running jobs asked to stop: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their runner (&apos;imapdesk batch run&apos; or the desktop application) stops them within a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failed, cancelled and interrupted jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this job of the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --failed-only or --job, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an archived batch back to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has not ended (%2 queued or waiting, %3 running); it was not archived. Cancel it first, or wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 archived (&apos;imapdesk batch list --archived&apos; shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is back in the list of batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 deleted (jobs: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its logs and saved passwords are removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as CSV to FILE (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch export needs --csv FILE (or --csv - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE → DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --archived or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mine needs to know who you are, but neither USER nor USERNAME is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check logins only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra imapsync arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cancel requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER1 → USER2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only archived batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived batches too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only batches you created (your login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only batches whose label, host, default domain or user contains TEXT (or whose id is TEXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch list takes no operand (got: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the log of job %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 ended before its log was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapdesk is starting imapsync; try again in a moment or use --follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no log file for its run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tail expects a number of lines, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many lines from the end to print (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep printing new lines until the job stops running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job (see &apos;imapdesk batch show ID&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has not run yet: there is no log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this job of the batch (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not part of batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to cancel: no selected job of batch %1 is queued, waiting or running (or it was already asked to stop).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPasswordsCommand</name>
    <message>
        <source>--default-domain %1 is not a domain name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more lines that match no job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: batch %2 has no job for %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no keychain entry to save its passwords under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the passwords of job %1 (line %2) in the system keyring: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: jobs given their passwords: %2 (queued again: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that matched no job: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs still waiting for their passwords: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines for jobs that do not wait for their passwords, left alone: %1 (--all saves theirs too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run them with: imapdesk batch run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch (see &apos;imapdesk batch list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account list (.txt, .csv, .tsv), or - for standard input. A line gives its passwords to the job with the same source and destination user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain added to users without @domain (default: the batch&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the passwords of every job the list names, not only of those waiting for them (e.g. new passwords before a delta pass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch passwords needs a batch ID and an account list FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRunCommand</name>
    <message>
        <source>--%1 must be a number from %2 to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the background run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in the background (process %1); its output goes to %2. Follow with &apos;imapdesk batch list&apos; or &apos;imapdesk batch show ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync processes at once (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N processes per source or destination host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in the foreground until the jobs have ended; exit status 0 only if every job succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>ImapDesk&apos;s own log is not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected one %1 (a number), got: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Parse an account list and show what would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a batch of accounts (passwords go to the keychain); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a batch and every job in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run queued jobs with imapsync until none is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a batch: queued jobs never start, running ones stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a batch again (a delta pass), or only its failed jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a batch (or bring it back with --undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a batch with its logs and saved passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a batch report as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the imapsync log of a job (its latest attempt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of ImapDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk migrates mailboxes between IMAP servers with imapsync.
Without a command, the desktop application starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command from the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;imapdesk COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;imapdesk %1 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete command; did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;imapdesk --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the passwords of jobs waiting for them, from an account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every host answers and every account can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PostgreSQL password (from standard input) in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>the system keyring is locked or refused access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved password entry cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring reported an error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved password for this account (ask the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring is locked or refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved password entry cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid credential reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved passwords removed</source>
        <translation>
            <numerusform>%1 of %n saved password removed</numerusform>
            <numerusform>%1 of %n saved passwords removed</numerusform>
        </translation>
    </message>
    <message>
        <source>a test entry came back changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written by this version of ImapDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseConnectionTest</name>
    <message>
        <source>Connected to %1. It holds no ImapDesk history yet: ImapDesk will set it up when it first uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but its history was written by a newer ImapDesk (schema version %2; this one knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: ImapDesk history, schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but its history cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database URL is not valid (%1). Expected postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL %1 must name a host and a database: postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database URL %1: use an SQLite file path or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL contains a password. Remove it from the URL and save it in the system keyring with &apos;imapdesk db password&apos;, or put it in PGPASSWORD or ~/.pgpass: command lines are visible to every user of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePasswordStore</name>
    <message>
        <source>an SQLite database has no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty password is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password saved in the system keyring was used: replace it in the settings or with &apos;imapdesk db password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password kept in memory for this session was used: enter it again in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not be asked for the password (%1), so only PGPASSWORD and ~/.pgpass were tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved in the system keyring for this database: save one in the settings or with &apos;imapdesk db password&apos;, or use PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbPasswordCommand</name>
    <message>
        <source>Cannot remove the password for %1 from the system keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1 is saved in the system keyring now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: write it as one line on standard input, for example imapdesk db password --db URL &lt; password.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the password for %1 in the system keyring: %2. Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is saved in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved password instead of saving one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db password takes no operand: the password is read from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file, which has no password. Name the PostgreSQL database with --db postgresql://user@host:port/dbname or IMAPDESK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk&apos;s own log is not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>No System Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk cannot keep passwords in the system keyring:
%1

Keep the passwords of new batches in memory for this session only? They are never written to disk, and batches added now cannot run after ImapDesk is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database cannot be opened:
%1%2

Check the database in the settings file or with --db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A size: number, then unit (&quot;1.5 MiB&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer speed: a size per second (&quot;1.5 MiB/s&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <extracomment>Messages copied per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; put a space before % where the language wants one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Progress: done out of total (&quot;1,234/5,000&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>Folder for the database, job logs and application log (env IMAPDESK_DATA_DIR; default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database: an SQLite file path or postgresql://user@host:port/dbname (env IMAPDESK_DB; default: imapdesk.sqlite in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imapsync program to run (env IMAPDESK_IMAPSYNC; default: next to ImapDesk, then on PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print debug messages of ImapDesk&apos;s own log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPort</name>
    <message>
        <source>%1 is not a host: write an IPv6 address as [2001:db8::1]:993.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (1-65535) in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostShortcuts</name>
    <message>
        <source>Rule %1: the pattern is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: invalid regular expression &quot;%2&quot;: %3 (at offset %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the suffix is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the suffix &quot;%3&quot; contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapProbe</name>
    <message>
        <source>%1 sent an answer longer than %2 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1 within %n s.</source>
        <translation>
            <numerusform>No connection to %1 within %n s.</numerusform>
            <numerusform>No connection to %1 within %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to CAPABILITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n s (waiting for %2).</source>
        <translation>
            <numerusform>%1 did not answer within %n s (waiting for %2).</numerusform>
            <numerusform>%1 did not answer within %n s (waiting for %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not greet like an IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged the connection in without a password; such a server cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for more data where none is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused CAPABILITY: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused STARTTLS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent unencrypted data after agreeing to STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not understand the login of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: the password would travel unencrypted, so it was not sent. Choose SSL if the server has an IMAPS port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted, but %1 offers STARTTLS: choose STARTTLS so that passwords do not travel in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no encryption on this port: passwords would travel in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 was not sent: the connection to %2 is not encrypted. Allow clear text for this server to check it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which IMAP cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts neither LOGIN nor AUTHENTICATE PLAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts neither LOGIN nor AUTHENTICATE PLAIN without encryption: choose SSL or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Imapsync</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync finished without any error. After a dry run nothing was copied; after a credentials check both logins worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync met an error it could not classify. The end of the log lists the errors (&quot;Err&quot; lines) and the most frequent one; fix the cause and retry: imapsync continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync was told to stop by a signal (TERM, QUIT or INT) before the end. Messages already copied stay on the destination; retry the job to copy the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by abort file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync found its abort file and stopped cleanly between two messages. Messages already copied stay on the destination; retry the job to copy the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pid file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync refused to start because its pid file exists and names a running process (--pidfilelocking). Another imapsync may be migrating this mailbox: let it finish or stop it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync could not connect, or reconnect after an interruption, to one of the servers. Check that both servers are reachable from this computer (name, port, firewall, VPN), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STARTTLS negotiation with a server failed. Check the security mode of the host (SSL on port 993, STARTTLS on 143, or none) and that the server supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server refused the authentication method: pre-authentication, an XOAUTH2 token, or an administrator (master user) login. Check the authentication options, the token or the administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source subfolder missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder given with --subfolder1 does not exist on the source server. Check its exact name (case and hierarchy separator) in the extra arguments of the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync refused its command line and did nothing. Most likely an extra argument of the batch is unknown to the installed imapsync, misspelt, misses its value, or conflicts with another option; the first lines of the log name it (&quot;Unknown option&quot;, &quot;Found N extra arguments&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync could not read the password file prepared for this job (it was deleted or is not readable). Retry the job; if it happens again, check the free space and permissions of the ImapDesk data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync refused to run because the computer was too loaded (normally only in its web mode). Run fewer jobs at the same time and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync hit an internal limitation, for example --uidexpunge2 without support in its Mail::IMAPClient module. Update imapsync and its Perl modules, or remove the option from the extra arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync could not connect to the source server: the name does not resolve, nothing answers on that port, a firewall blocks it, or the TLS handshake failed (security mode wrong for the port, or certificate refused). Check the host, port and security mode of the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync could not connect to the destination server: the name does not resolve, nothing answers on that port, a firewall blocks it, or the TLS handshake failed (security mode wrong for the port, or certificate refused). Check the host, port and security mode of the destination. (imapsync&apos;s own hint wrongly says &quot;host1&quot; here.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync went through the mailbox but some operations failed; the end of the log lists them (&quot;Err&quot; lines). Retry: imapsync only copies what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync stopped after too many errors (--errorsmax, 50 by default). Look at the first errors in the log, fix their cause, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination mailbox full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination mailbox is over its quota: the server refused messages (OVERQUOTA). Ask the destination administrator to raise the quota or make room, then retry to copy the remaining messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages refused by destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination server refused to store some messages (APPEND failed), often because they are too big or malformed. The log names them; consider --maxsize or ask the destination administrator, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages unreadable on source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some messages could not be read from the source server (FETCH failed), often damaged messages or a server timeout. Retry; if the same messages fail again they are probably damaged on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder creation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination server refused to create some folders (forbidden characters, reserved name, hierarchy too deep). The log names them; --automap, --regextrans2 or --exclude can map or skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some folders could not be opened (SELECT failed), often special or non-selectable folders, or missing rights. The log names them; exclude them with --exclude or check the permissions, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync stopped on purpose after transferring the amount set with --exitwhenover (for provider daily limits). Run the job again later to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages refused as viruses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination refused some messages because its antivirus flagged them; they were not copied. Agree with the mailbox owner whether that is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some message flags (read, answered, keywords) could not be set on the destination; the messages themselves were copied. --filterbuggyflags or --regexflag can drop the flags the server refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source server refused the login of user1: check the password, whether IMAP is enabled for this mailbox, and whether the provider requires an app password or OAuth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination server refused the login of user2: check the password, whether the mailbox exists and IMAP is enabled for it, and whether the provider requires an app password or OAuth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-tests failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync ran its self-tests (--tests) instead of a migration and some failed. Remove the test options from the extra arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perl error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync stopped on an unexpected Perl error. The last lines of the log show it, often a missing Perl module or an imapsync bug; update imapsync and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync ended with exit code %1, which it does not document (a Perl error usually exits with a system error number). The last lines of the log show what happened; retry the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on request before the end. Messages already copied stay on the destination; retry the job to copy the rest (imapsync skips what is already there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync was killed by %1 that ImapDesk did not send: the computer may have run out of memory (the system then sends SIGKILL), been shutting down, or someone ended the process. Retry the job: imapsync continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync stopped cleanly because it found its abort file, which ImapDesk did not create (someone ran &quot;imapsync --abort&quot;?). Messages already copied stay on the destination; retry the job to copy the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer OK, spam not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything was copied except some messages of the spam/junk folder (%n error(s), all there; imapsync ended with %1). Spam folders often hold malformed messages that servers refuse; usually nothing needs to be done.</source>
        <translation>
            <numerusform>Everything was copied except some messages of the spam/junk folder (%n error, all there; imapsync ended with %1). Spam folders often hold malformed messages that servers refuse; usually nothing needs to be done.</numerusform>
            <numerusform>Everything was copied except some messages of the spam/junk folder (%n errors, all there; imapsync ended with %1). Spam folders often hold malformed messages that servers refuse; usually nothing needs to be done.</numerusform>
        </translation>
    </message>
    <message>
        <source>The single quote at column %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The double quote at column %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk hands the passwords to imapsync itself, never on its command line; they come from the account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would print the passwords in clear text in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk sets the log of each job itself (one file per job in the log folder of the batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk gives each job its own pid file to follow and stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the host, port and security of the source and the destination in the batch settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user names come from the account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the provider preset (Gmail, Microsoft 365, Exchange, Domino) in the host settings of the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the “Dry run” option of the batch instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the “Check credentials only” option of the batch instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use Cancel in ImapDesk to stop jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it makes imapsync run its self-tests or print information instead of migrating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk stops jobs with signals and needs the default signal handling of imapsync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk sets it from the version of the installed imapsync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (short for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ambiguous: it could mean %2. Write the option in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync %1 does not know %2: that version stops at once with a usage error (exit code 64). Check the spelling, unless the installed imapsync is newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed in the extra arguments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects KEY=VALUE, e.g. SSL_verify_mode=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 is not an option and no option before it takes a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 (“%2”) is not an option and no option before it takes a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync would stop with “Found 1 extra arguments”. Quote values that contain blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean --delete2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source host is empty: imapsync would only test a connection and report success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination host is empty: imapsync would only test a connection and report success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source user is empty: imapsync would only test a connection and report success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination user is empty: imapsync would only test a connection and report success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider preset of the source connects with SSL: set its security to SSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider preset of the destination connects with SSL: set its security to SSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file of the source must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file of the destination must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source password cannot be passed through the environment (imapsync ignores an empty password or a lone zero there): a password file is needed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination password cannot be passed through the environment (imapsync ignores an empty password or a lone zero there): a password file is needed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each job needs its own pid file, given as an absolute path: imapsync&apos;s default one is shared by all its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file must be an absolute path: imapsync would put a relative one under LOG_imapsync in its working directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra arguments are refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imapsync program is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted certificate of the source is not a SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted certificate of the destination is not a SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapsyncLocator</name>
    <message>
        <source>Install imapsync (https://imapsync.lamiral.info/#install): on Debian or Ubuntu follow INSTALL.Debian.txt there, on macOS run &apos;brew install imapsync&apos;, on Windows put imapsync.exe next to imapdesk.exe. Or give its full path with --imapsync, the IMAPDESK_IMAPSYNC variable or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not the imapsync program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not executable (on Linux and macOS: chmod +x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync was not found. ImapDesk looked in: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapsyncProbe</name>
    <message>
        <source>%1 --version did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 --version printed no imapsync version: is it imapsync?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapsyncVersion</name>
    <message>
        <source>imapsync %1 is too old: it cannot read passwords from ImapDesk, so jobs fail. Install imapsync %2 or newer.</source>
        <extracomment>%1 is the version found, such as 1.700</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync %1 is older than %2, the oldest version known to work with ImapDesk: progress or verdicts may be wrong. Update imapsync if jobs misbehave.</source>
        <extracomment>%1 is the version found, such as 2.100; %2 the oldest tested, 2.229</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>The password was not sent: the connection to %1:%2 is not encrypted. Allow clear text for this server to check it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeResult</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate or TLS problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1 jobs</source>
        <extracomment>Jobs ended out of all jobs of a batch (&quot;3/50&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs, %2 messages</source>
        <extracomment>Jobs ended, then messages copied, of a batch (&quot;3/50&quot;, &quot;1,234/5,678&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A number of jobs and their state (&quot;5 Succeeded&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Gmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Exchange (on-premises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCL Domino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: the Qt SQL driver %2 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: the folder %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch needs at least one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch needs a source and a destination host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1, to start after, does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not archive batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unarchive batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the batch are still running; cancel them first.</source>
        <translation>
            <numerusform>%n job of the batch is still running; cancel it first.</numerusform>
            <numerusform>%n jobs of the batch are still running; cancel them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not claim a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the batches waiting for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the start of attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the progress of attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the end of attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no attempt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not renew the claims of this runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cancel requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retry batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retry job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the running attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the interrupted jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the jobs of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the attempts of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was created by a newer ImapDesk (schema version %1; this ImapDesk knows up to version %2). Upgrade ImapDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (database %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is missing from database_info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the progress of running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of table %1 lost the row it refers to in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketSummary</name>
    <message>
        <source>%1 (exit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk batch %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials check only (--justlogin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages copied: %1, data copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 -&gt; %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts that did not succeed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsCertificate</name>
    <message>
        <source>The certificate is self-signed: no certificate authority vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued for another name than this server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet (is this computer&apos;s clock right?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::AboutDialog</name>
    <message>
        <source>About ImapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrates mailboxes between IMAP servers in batches with imapsync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built with %1, running %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync, by Gilles Lamiral: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these facts as plain text, for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::AccountListPanel</name>
    <message>
        <source>example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste accounts here, one per line:
user1 password1
user1 password1 user2 password2
Separators: spaces, tabs, comma, semicolon or |. Quote passwords with spaces.
Or import a .txt, .csv or .tsv file (Ctrl+O), or drop it on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a domain name such as example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts ready: %1 · Rejected lines: %2 · Duplicates: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.

%2

Read it as Windows-1252 (Western European) instead? Check the preview carefully: a wrong guess changes accented characters in passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a sample list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the formats ImapDesk reads, in the paste box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::AccountPreviewModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of line %1, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: login not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate accepted by you in spite of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::BatchListModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::BatchRunner</name>
    <message>
        <source>imapsync %1 is too old: ImapDesk needs 1.782 or newer, which reads passwords from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: running jobs end as cancelled, queued jobs stay queued (run &apos;imapdesk batch run&apos; again to continue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded: %1, not succeeded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  enter them with: imapdesk batch passwords %1 ACCOUNT_LIST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::DashboardDialog</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts migrated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total run time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync process time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::DatabasePasswordField</name>
    <message>
        <source>Forge&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved password from the system keyring when you click OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password is removed when you click OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password for this database is saved in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password for this database is kept in memory until ImapDesk ends; it is not saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring cannot be used (%1). A password entered here is kept in memory until ImapDesk ends, never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password saved for this database: the PostgreSQL client reads PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved PostgreSQL password cannot be removed from the system keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL password cannot be saved in the system keyring: %1

ImapDesk keeps it in memory until it ends and never writes it to disk. For the next start, save it again once the keyring works, or put it in PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::EndpointEditor</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name or address, optionally with :port. Short names are completed by the host shortcuts of the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the usual port of the security mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds imapsync&apos;s options for this provider (--gmail1, --office2...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like %2: imapsync has a preset for it (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the source server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the destination server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port number (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different ports: %1 in the host field and %2 in the port field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::ExtraArgumentsField</name>
    <message>
        <source>e.g. --automap --exclude &apos;^Trash&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every imapsync run of the batch, quoted as in a shell. Passwords, log files and servers are set by ImapDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::ImapsyncSetupPanel</name>
    <message>
        <source>ImapDesk needs imapsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide until ImapDesk checks imapsync again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk copies mailboxes with &lt;a href=&quot;%1&quot;&gt;imapsync&lt;/a&gt;, a free command-line tool by Gilles Lamiral: it copies every folder and message of a mailbox from one IMAP server to another, and when run again copies only what changed. ImapDesk runs one imapsync per mailbox. Until it is there, batches wait; the history, the logs and the settings work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose imapsync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in Settings → imapsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for imapsync again, e.g. after installing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On Windows:&lt;/b&gt; download imapsync.exe from &lt;a href=&quot;%1&quot;&gt;imapsync&apos;s site&lt;/a&gt;, put it next to imapdesk.exe or in any folder, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On macOS:&lt;/b&gt; install &lt;a href=&quot;https://brew.sh/&quot;&gt;Homebrew&lt;/a&gt;, run &lt;tt&gt;brew install imapsync&lt;/tt&gt; in Terminal, then click Check Again. Or download it from &lt;a href=&quot;%1&quot;&gt;imapsync&apos;s site&lt;/a&gt; and choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On Linux:&lt;/b&gt; Debian and Ubuntu do not package imapsync. Download it from &lt;a href=&quot;%1&quot;&gt;imapsync&apos;s site&lt;/a&gt;, install the Perl modules its INSTALL.Debian.txt lists, make it executable (&lt;tt&gt;chmod +x imapsync&lt;/tt&gt;) and put it in &lt;tt&gt;/usr/local/bin&lt;/tt&gt;, then click Check Again; or choose the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync (imapsync.exe);;Programs (*.exe);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the imapsync program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::JobListModel</name>
    <message>
        <source>%1 (stopping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program running this job stopped (crash, reboot) before imapsync ended. Resume the batch to carry on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → destination user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ▸ Enter Passwords… (or a double click) asks for them; Batch ▸ Import Passwords from Account List… reads them from the batch&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::JobLogFile</name>
    <message>
        <source>The log file must be given as an absolute path: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 cannot be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 could not be written (%2): the output after that point is missing from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::JobProcess</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk %1, job %2, attempt %3, started at %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run folder of the job must be an absolute path: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file of the source cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file of the destination cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync could not be started from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk: imapsync did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before imapsync was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::JobScheduler</name>
    <message>
        <source>Could not recover jobs left running by a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not recover jobs of runners that stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start chained batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take the next job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords of this account could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the start of a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the end of a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record a job that failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the progress of a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not renew this runner&apos;s claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for cancelled jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the passwords of a job that succeeded from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords of this account are not in the keychain of this computer (%1). Enter them again to run the job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::LogFindBar</name>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::LogView</name>
    <message>
        <source>Save a Copy of the Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the log file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Full Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the whole log file in the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a Copy of the Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lines below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the end of the log and follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its imapsync log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for imapsync to create its log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the log file %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for imapsync output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Full Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open %1.
Use &quot;Save a Copy…&quot; and open the copy with a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a copy of the log to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::MainWindow</name>
    <message>
        <source>ImapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Account List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ImapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Account List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search batches: label, domain, user or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show arch&amp;ived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts of this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ImapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Jobs and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 · Queued: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has ended: %2 succeeded, %3 did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping running jobs before quitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imapsync job(s) are still running.</source>
        <translation>
            <numerusform>%n imapsync job is still running.</numerusform>
            <numerusform>%n imapsync jobs are still running.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Them and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start/Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the cancelled and interrupted jobs of the batch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected jobs, or the whole batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run &amp;Batch (Delta Pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Summary for a Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Selected &amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y Selected Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving the passwords of %n account(s) in the keychain…</source>
        <translation>
            <numerusform>Saving the passwords of %n account in the keychain…</numerusform>
            <numerusform>Saving the passwords of %n accounts in the keychain…</numerusform>
        </translation>
    </message>
    <message>
        <source>New Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not added.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued again.</source>
        <translation>
            <numerusform>%n job queued again.</numerusform>
            <numerusform>%n jobs queued again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel batch %1? Running jobs stop between two messages; queued jobs will not start. Start/Resume runs them again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delta pass: %n job(s) queued; imapsync copies only what is missing.</source>
        <translation>
            <numerusform>Delta pass: %n job queued; imapsync copies only what is missing.</numerusform>
            <numerusform>Delta pass: %n jobs queued; imapsync copies only what is missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete batch %1 with its history, its imapsync logs and its saved passwords? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync %1 (outdated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passwords of the selected jobs that wait for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Passwords from Account List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the jobs of the batch that wait for their passwords those of an account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.

Line %2: %3

Read it as Windows-1252 (Western European) instead? A wrong guess changes accented characters in passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has its passwords and is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Passwords from Account List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) got their passwords and are queued again.</source>
        <translation>
            <numerusform>%n job got its passwords and is queued again.</numerusform>
            <numerusform>%n jobs got their passwords and are queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list matched no job of this batch.</source>
        <translation>
            <numerusform>%n line of the list matched no job of this batch.</numerusform>
            <numerusform>%n lines of the list matched no job of this batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still wait for their passwords.</source>
        <translation>
            <numerusform>%n job still waits for its passwords.</numerusform>
            <numerusform>%n jobs still wait for their passwords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list could not be read.</source>
        <translation>
            <numerusform>%n line of the list could not be read.</numerusform>
            <numerusform>%n lines of the list could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the passwords of %n job(s) in the keychain…</source>
        <translation>
            <numerusform>Saving the passwords of %n job in the keychain…</numerusform>
            <numerusform>Saving the passwords of %n jobs in the keychain…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imapdesk::MigrationService</name>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping running jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the passwords of line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is deleted, but its saved passwords could not all be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no keychain entry to save its passwords under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the passwords in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::NewBatchCheck</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to %1 by %2, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for this server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no encryption: to check the logins, the passwords would travel over the network in clear text, readable on the way.

Send the passwords unencrypted to check the logins on this server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, with the certificate you accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) OK</source>
        <translation>
            <numerusform>%n login OK</numerusform>
            <numerusform>%n logins OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not tried</source>
        <translation>
            <numerusform>%n not tried</numerusform>
            <numerusform>%n not tried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <translation>
            <numerusform>%n checking</numerusform>
            <numerusform>%n checking</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::NewBatchDialog</name>
    <message>
        <source>New Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange source and destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ticket 4711 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as @domain to every user without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: start when added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry ru&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync shows what it would copy and copies nothing (--dry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check credentials onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only log in on both sides and stop (--justlogin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the accounts from a .txt, .csv or .tsv file (%1). You can also drop the file on this dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art after batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra imapsync arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kip the %n rejected line(s)</source>
        <translation>
            <numerusform>S&amp;kip the %n rejected line</numerusform>
            <numerusform>S&amp;kip the %n rejected lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: paste a list, import a file or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will be queued</source>
        <translation>
            <numerusform>%n account will be queued</numerusform>
            <numerusform>%n accounts will be queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected line(s) skipped</source>
        <translation>
            <numerusform>%n rejected line skipped</numerusform>
            <numerusform>%n rejected lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected line(s) to fix or skip</source>
        <translation>
            <numerusform>%n rejected line to fix or skip</numerusform>
            <numerusform>%n rejected lines to fix or skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>The account list cannot be read: import another file or paste the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or import at least one valid account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rejected lines, or tick “Skip the rejected lines”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the extra imapsync arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to both servers and the login of every account, without copying anything (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::OutputPipe</name>
    <message>
        <source>The pipe for the output of imapsync cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported on this platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::PasswordsDialog</name>
    <message>
        <source>Enter Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords of this job are not in the keychain of this computer. Enter them again; the job is then queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A mailbox and its server: &quot;alice@example.com on imap.example.com&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for the passwords of the remaining jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip This Job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::Settings</name>
    <message>
        <source>The settings cannot be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host shortcut rules in %1 are not usable, none is applied. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 in %2 has an unusable value (%3): the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file %1 must be given with its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 host shortcut rules are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsCertificatesPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates you trusted in a pre-flight check although they were self-signed or for another name. The check trusts them again, and new batches tell imapsync to accept exactly these. Batches already added keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a section of the settings (&quot;Storage&quot;), %2 what is wrong in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The changes last until ImapDesk ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsHostShortcutsPage</name>
    <message>
        <source>A host typed in a batch gets the suffix of the first rule whose pattern matches it (case-insensitive): SV01 with ^(VPS|SV)[0-9]+$ and example.com becomes SV01.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern (regular expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try a host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 rules are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rules above to try them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a typed host and what the rules make of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule changes %1: it is used as typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsImapsyncPage</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync &amp;program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the imapsync next to ImapDesk, or else the first one on the PATH. The --imapsync option and the IMAPDESK_IMAPSYNC variable win over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the imapsync program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imapsync %1 at %2</source>
        <extracomment>%1 is a version such as 2.229, %2 the program&apos;s full path</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsLanguagePage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImapDesk uses the new language when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsMaintenancePage</name>
    <message>
        <source>Deleted batches and their logs cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive them (hidden from the list, kept with their logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete them with their logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up batches &amp;older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only batches that have ended are cleaned up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove a job&apos;s passwords from the keychain once it succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later run of such a job (a delta pass) then asks for its passwords again. Deleting a batch always removes its passwords.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsRunningPage</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many imapsync processes run at the same time: in all, and against any one source or destination server (some servers refuse many connections from one address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsStoragePage</name>
    <message>
        <source>&amp;SQLite file on this computer (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server, shared by a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the data folder and the database apply when ImapDesk starts again. The --data-dir and --db options and the IMAPDESK_DATA_DIR and IMAPDESK_DB variables win over these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job logs and the SQLite history live here. Leave empty for the folder shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com or a socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt&amp;ions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder must be a full path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name of the PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is not written key=value, such as sslmode=require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is saved in the system keyring, never in the settings file. Without one there, the PostgreSQL client reads it from the PGPASSWORD variable or the ~/.pgpass file (%APPDATA%\postgresql\pgpass.conf on Windows). Options are libpq&apos;s, key=value separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
