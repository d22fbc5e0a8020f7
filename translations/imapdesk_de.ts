<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en_US">
<context>
    <name>AccountListParser</name>
    <message>
        <source>unterminated quote</source>
        <translation>Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>too many fields (expected 2 or 4): put a password that contains spaces or separators (, ; | tab) in double quotes</source>
        <translation>zu viele Felder (erwartet: 2 oder 4): Setzen Sie ein Passwort, das Leerzeichen oder Trennzeichen (, ; | Tab) enthält, in doppelte Anführungszeichen</translation>
    </message>
    <message>
        <source>line too long (64 KiB or more)</source>
        <translation>Zeile zu lang (64 KiB oder mehr)</translation>
    </message>
    <message>
        <source>missing user1</source>
        <translation>user1 fehlt</translation>
    </message>
    <message>
        <source>missing user2</source>
        <translation>user2 fehlt</translation>
    </message>
    <message>
        <source>missing password</source>
        <translation>Passwort fehlt</translation>
    </message>
    <message>
        <source>missing password1</source>
        <translation>password1 fehlt</translation>
    </message>
    <message>
        <source>missing password2</source>
        <translation>password2 fehlt</translation>
    </message>
    <message>
        <source>user2 given without password2</source>
        <translation>user2 ohne password2 angegeben</translation>
    </message>
    <message>
        <source>user1 contains spaces or control characters</source>
        <translation>user1 enthält Leerzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>user2 contains spaces or control characters</source>
        <translation>user2 enthält Leerzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>Could not read the account list: %1</source>
        <translation>Die Kontoliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is encoded as UTF-16, not UTF-8. Save it as UTF-8 text (in Excel: &quot;CSV UTF-8 (Comma delimited)&quot;) and import it again.</source>
        <translation>Die Datei ist als UTF-16 kodiert, nicht als UTF-8. Speichern Sie sie als UTF-8-Text (in Excel: „CSV UTF-8 (durch Trennzeichen getrennt)“) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not an account list (it contains a NUL byte).</source>
        <translation>Das sieht nach einer Binärdatei aus, nicht nach einer Kontoliste (sie enthält ein NUL-Byte).</translation>
    </message>
    <message>
        <source>This is not valid UTF-8 text. Save the file as &quot;CSV UTF-8 (Comma delimited)&quot; in Excel or as UTF-8 text in your editor, or import it again and read it as Windows-1252 (Western European).</source>
        <translation>Das ist kein gültiger UTF-8-Text. Speichern Sie die Datei in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ oder in Ihrem Editor als UTF-8-Text, oder importieren Sie sie erneut und lesen Sie sie als Windows-1252 (Westeuropäisch).</translation>
    </message>
    <message>
        <source>The account list has too many lines (more than %1).</source>
        <translation>Die Kontoliste hat zu viele Zeilen (mehr als %1).</translation>
    </message>
</context>
<context>
    <name>AccountsCheckCommand</name>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not an account list.</source>
        <translation>%1 ist ein Ordner, keine Kontoliste.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2 -&gt; %3</source>
        <translation>Zeile %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation>Zeile %1: abgelehnt: %2</translation>
    </message>
    <message>
        <source>line %1: duplicate of line %2, skipped</source>
        <translation>Zeile %1: Duplikat von Zeile %2, übersprungen</translation>
    </message>
    <message>
        <source>accounts: %1, rejected lines: %2, duplicates: %3</source>
        <translation>Konten: %1, abgelehnte Zeilen: %2, Duplikate: %3</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Domain added to users written without @domain.</source>
        <translation>Domain, die an Benutzer ohne @Domain angehängt wird.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Account list (.txt, .csv, .tsv), or - for standard input.</source>
        <translation>Kontoliste (.txt, .csv, .tsv) oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>accounts check needs exactly one FILE (got %1).</source>
        <translation>accounts check erwartet genau ein FILE (erhalten: %1).</translation>
    </message>
    <message>
        <source>--default-domain %1 is not a domain name such as example.com.</source>
        <translation>--default-domain %1 ist kein Domainname wie example.com.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BatchAddCommand</name>
    <message>
        <source>--%1 HOST[:PORT] is required.</source>
        <translation>--%1 HOST[:PORT] ist erforderlich.</translation>
    </message>
    <message>
        <source>--security%1 must be ssl, starttls or none, not &apos;%2&apos;.</source>
        <translation>--security%1 muss ssl, starttls oder none sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--preset%1 must be none, gmail, office365, exchange or domino, not &apos;%2&apos;.</source>
        <translation>--preset%1 muss none, gmail, office365, exchange oder domino sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Note: %1 looks like %2; imapsync has a preset for it: %3.</source>
        <translation>Hinweis: %1 sieht nach %2 aus; imapsync hat dafür eine Voreinstellung: %3.</translation>
    </message>
    <message>
        <source>--default-domain %1 is not a domain name such as example.com.</source>
        <translation>--default-domain %1 ist kein Domainname wie example.com.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--extra: %1</source>
        <translation>--extra: %1</translation>
    </message>
    <message>
        <source>--after needs a batch id.</source>
        <translation>--after braucht eine Batch-ID.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>No batch added: fix the rejected lines or add --skip-invalid.</source>
        <translation>Kein Batch hinzugefügt: Korrigieren Sie die abgelehnten Zeilen oder geben Sie --skip-invalid an.</translation>
    </message>
    <message>
        <source>No batch added: %1 holds no account.</source>
        <translation>Kein Batch hinzugefügt: %1 enthält kein Konto.</translation>
    </message>
    <message>
        <source>Cannot save the passwords of line %1 in the system keyring: %2</source>
        <translation>Die Passwörter aus Zeile %1 können nicht im Schlüsselbund des Systems gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Source IMAP server.</source>
        <translation>IMAP-Quellserver.</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <source>Destination IMAP server.</source>
        <translation>IMAP-Zielserver.</translation>
    </message>
    <message>
        <source>Source encryption: ssl (default), starttls or none.</source>
        <translation>Verschlüsselung der Quelle: ssl (Standard), starttls oder none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Destination encryption: ssl (default), starttls or none.</source>
        <translation>Verschlüsselung des Ziels: ssl (Standard), starttls oder none.</translation>
    </message>
    <message>
        <source>Source provider preset: gmail, office365, exchange, domino.</source>
        <translation>Anbieter-Voreinstellung der Quelle: gmail, office365, exchange, domino.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Destination provider preset: gmail, office365, exchange, domino.</source>
        <translation>Anbieter-Voreinstellung des Ziels: gmail, office365, exchange, domino.</translation>
    </message>
    <message>
        <source>A label for the batch, e.g. a ticket number.</source>
        <translation>Eine Bezeichnung für den Batch, z. B. eine Ticketnummer.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Domain added to users without @domain.</source>
        <translation>Domain, die an Benutzer ohne @Domain angehängt wird.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Dry run: imapsync shows what it would copy (--dry).</source>
        <translation>Probelauf: imapsync zeigt, was es kopieren würde (--dry).</translation>
    </message>
    <message>
        <source>Only check that every account can log in.</source>
        <translation>Nur prüfen, ob sich jedes Konto anmelden kann.</translation>
    </message>
    <message>
        <source>Extra imapsync arguments, quoted as in a shell.</source>
        <translation>Zusätzliche imapsync-Argumente, in Anführungszeichen wie in einer Shell.</translation>
    </message>
    <message>
        <source>ARGS</source>
        <translation>ARGS</translation>
    </message>
    <message>
        <source>Start only after this batch has ended.</source>
        <translation>Erst starten, wenn dieser Batch beendet ist.</translation>
    </message>
    <message>
        <source>BATCH_ID</source>
        <translation>BATCH_ID</translation>
    </message>
    <message>
        <source>Add the valid accounts even if some lines are rejected.</source>
        <translation>Die gültigen Konten auch dann hinzufügen, wenn einige Zeilen abgelehnt werden.</translation>
    </message>
    <message>
        <source>Run the batch at once and wait for it (as batch run --wait).</source>
        <translation>Den Batch sofort ausführen und auf ihn warten (wie batch run --wait).</translation>
    </message>
    <message>
        <source>Account list (.txt, .csv, .tsv).</source>
        <translation>Kontoliste (.txt, .csv, .tsv).</translation>
    </message>
    <message>
        <source>batch add needs exactly one account list FILE.</source>
        <translation>batch add erwartet genau eine Kontoliste FILE.</translation>
    </message>
    <message>
        <source>--after %1: no such batch.</source>
        <translation>--after %1: Diesen Batch gibt es nicht.</translation>
    </message>
    <message>
        <source>--certificate%1 needs a SHA-256 fingerprint (64 hexadecimal digits), as `batch check` prints it.</source>
        <translation>--certificate%1 braucht einen SHA-256-Fingerabdruck (64 Hexadezimalziffern), wie ihn `batch check` ausgibt.</translation>
    </message>
    <message>
        <source>Without a keyring, add --run --session-passwords: the passwords then stay in memory while this command runs the batch, and are never written anywhere.</source>
        <translation>Ohne Schlüsselbund geben Sie --run --session-passwords an: Die Passwörter bleiben dann im Arbeitsspeicher, solange dieser Befehl den Batch ausführt, und werden nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Accept this source certificate (SHA-256 fingerprint) although it is self-signed or for another name; imapsync then accepts it and no other.</source>
        <translation>Dieses Zertifikat der Quelle (SHA-256-Fingerabdruck) akzeptieren, obwohl es selbstsigniert oder für einen anderen Namen ausgestellt ist; imapsync akzeptiert dann dieses und kein anderes.</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Accept this destination certificate (SHA-256 fingerprint), as --certificate1.</source>
        <translation>Dieses Zertifikat des Ziels (SHA-256-Fingerabdruck) akzeptieren, wie --certificate1.</translation>
    </message>
    <message>
        <source>With --run: keep the passwords in memory while this command runs, not in the system keyring. Jobs it does not run ask for their passwords later.</source>
        <translation>Mit --run: Die Passwörter im Arbeitsspeicher halten, solange dieser Befehl läuft, nicht im Schlüsselbund des Systems. Jobs, die er nicht ausführt, fragen später nach ihren Passwörtern.</translation>
    </message>
    <message>
        <source>--session-passwords needs --run: the passwords live only as long as this command.</source>
        <translation>--session-passwords braucht --run: Die Passwörter existieren nur so lange wie dieser Befehl.</translation>
    </message>
</context>
<context>
    <name>BatchCheckCommand</name>
    <message>
        <source>The system keyring cannot be read (%1): only the hosts are checked.</source>
        <translation>Der Schlüsselbund des Systems kann nicht gelesen werden (%1): Nur die Hosts werden geprüft.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Connections at once to one host (default 4).</source>
        <translation>Gleichzeitige Verbindungen zu einem Host (Standard: 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Trust a server certificate in spite of its problems (self-signed, other name), given by the SHA-256 fingerprint the check printed. May be repeated.</source>
        <translation>Einem Serverzertifikat trotz seiner Probleme (selbstsigniert, anderer Name) vertrauen, angegeben durch den SHA-256-Fingerabdruck, den die Prüfung ausgegeben hat. Kann wiederholt werden.</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Also test logins on hosts that offer no encryption (the passwords then travel in clear).</source>
        <translation>Anmeldungen auch auf Hosts testen, die keine Verschlüsselung anbieten (die Passwörter werden dann im Klartext übertragen).</translation>
    </message>
    <message>
        <source>The batch to check.</source>
        <translation>Der zu prüfende Batch.</translation>
    </message>
    <message>
        <source>batch check needs one batch ID.</source>
        <translation>batch check braucht eine Batch-ID.</translation>
    </message>
    <message>
        <source>--per-host needs a number of at least 1.</source>
        <translation>--per-host braucht eine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>--accept-certificate needs a SHA-256 fingerprint: 64 hexadecimal digits.</source>
        <translation>--accept-certificate braucht einen SHA-256-Fingerabdruck: 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>host %1: %2</source>
        <translation>Host %1: %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <source>  certificate SHA-256 %1: %2</source>
        <translation>  Zertifikat SHA-256 %1: %2</translation>
    </message>
    <message>
        <source>job %1 %2 -&gt; %3</source>
        <translation>Job %1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>  no passwords: %1</source>
        <translation>  keine Passwörter: %1</translation>
    </message>
    <message>
        <source>  source: %1</source>
        <translation>  Quelle: %1</translation>
    </message>
    <message>
        <source>  destination: %1</source>
        <translation>  Ziel: %1</translation>
    </message>
</context>
<context>
    <name>BatchCommands</name>
    <message>
        <source>The batch (see &apos;imapdesk batch list&apos;).</source>
        <translation>Der Batch (siehe &apos;imapdesk batch list&apos;).</translation>
    </message>
    <message>
        <source>batch id</source>
        <translation>Batch-ID</translation>
    </message>
    <message>
        <source>Run them with: imapdesk batch run %1</source>
        <translation>Ausführen mit: imapdesk batch run %1</translation>
    </message>
    <message>
        <source>Job %1 belongs to batch %2, not to batch %3.</source>
        <translation>Job %1 gehört zu Batch %2, nicht zu Batch %3.</translation>
    </message>
    <message>
        <source>Job %1 has not ended (state: %2); only a job that has ended can be run again.</source>
        <translation>Job %1 ist nicht beendet (Status: %2); nur ein beendeter Job kann erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>Job %1 of batch %2 is queued again.</source>
        <translation>Job %1 von Batch %2 ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>Nothing to retry: no job of batch %1 has failed, been cancelled or been interrupted.</source>
        <translation>Nichts zu wiederholen: Kein Job von Batch %1 ist fehlgeschlagen, abgebrochen oder unterbrochen worden.</translation>
    </message>
    <message>
        <source>Nothing to run again: no job of batch %1 has ended.</source>
        <translation>Nichts erneut auszuführen: Kein Job von Batch %1 ist beendet.</translation>
    </message>
    <message>
        <source>Batch %1: jobs queued again: %2.</source>
        <translation>Batch %1: wieder in die Warteschlange gestellte Jobs: %2.</translation>
    </message>
    <message>
        <source>A delta pass: imapsync copies only what is still missing.</source>
        <translation>Ein Delta-Durchlauf: imapsync kopiert nur, was noch fehlt.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not remove the folder %1 completely.</source>
        <translation>Der Ordner %1 konnte nicht vollständig entfernt werden.</translation>
    </message>
    <message>
        <source>Batch %1 was not deleted: jobs still running: %2. Cancel it first (&apos;imapdesk batch cancel %1&apos;) and wait until they have stopped.</source>
        <translation>Batch %1 wurde nicht gelöscht: Noch laufende Jobs: %2. Brechen Sie ihn zuerst ab (&apos;imapdesk batch cancel %1&apos;) und warten Sie, bis sie angehalten sind.</translation>
    </message>
    <message>
        <source>Batch %1 is deleted, but its saved passwords could not be removed from the system keychain: %2. Remove the entries of the service &apos;%3&apos; by hand (for example with Seahorse).</source>
        <translation>Batch %1 ist gelöscht, aber seine gespeicherten Passwörter konnten nicht aus dem Schlüsselbund des Systems entfernt werden: %2. Entfernen Sie die Einträge des Dienstes &apos;%3&apos; von Hand (zum Beispiel mit Seahorse).</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report of batch %1 written to %2 (jobs: %3).</source>
        <translation>Bericht von Batch %1 nach %2 geschrieben (Jobs: %3).</translation>
    </message>
    <message>
        <source>Batch %1: queued jobs cancelled: %2; running jobs asked to stop: %3.</source>
        <translation>Batch %1: abgebrochene Jobs aus der Warteschlange: %2; zum Anhalten aufgeforderte laufende Jobs: %3.</translation>
    </message>
    <message>
        <source>Their runner (&apos;imapdesk batch run&apos; or the desktop application) stops them within a few seconds.</source>
        <translation>Der ausführende Prozess (&apos;imapdesk batch run&apos; oder die Desktop-Anwendung) hält sie innerhalb weniger Sekunden an.</translation>
    </message>
    <message>
        <source>Only failed, cancelled and interrupted jobs.</source>
        <translation>Nur fehlgeschlagene, abgebrochene und unterbrochene Jobs.</translation>
    </message>
    <message>
        <source>Only this job of the batch.</source>
        <translation>Nur diesen Job des Batches.</translation>
    </message>
    <message>
        <source>JOB_ID</source>
        <translation>JOB_ID</translation>
    </message>
    <message>
        <source>Use either --failed-only or --job, not both.</source>
        <translation>Verwenden Sie entweder --failed-only oder --job, nicht beides.</translation>
    </message>
    <message>
        <source>job id</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>Bring an archived batch back to the list.</source>
        <translation>Einen archivierten Batch wieder in die Liste holen.</translation>
    </message>
    <message>
        <source>Batch %1 is already archived.</source>
        <translation>Batch %1 ist bereits archiviert.</translation>
    </message>
    <message>
        <source>Batch %1 is not archived.</source>
        <translation>Batch %1 ist nicht archiviert.</translation>
    </message>
    <message>
        <source>Batch %1 has not ended (%2 queued or waiting, %3 running); it was not archived. Cancel it first, or wait until it ends.</source>
        <translation>Batch %1 ist nicht beendet (%2 in der Warteschlange oder wartend, %3 laufend); er wurde nicht archiviert. Brechen Sie ihn zuerst ab oder warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>Batch %1 archived (&apos;imapdesk batch list --archived&apos; shows it).</source>
        <translation>Batch %1 archiviert (&apos;imapdesk batch list --archived&apos; zeigt ihn an).</translation>
    </message>
    <message>
        <source>Batch %1 is back in the list of batches.</source>
        <translation>Batch %1 ist wieder in der Batch-Liste.</translation>
    </message>
    <message>
        <source>Batch %1 deleted (jobs: %2).</source>
        <translation>Batch %1 gelöscht (Jobs: %2).</translation>
    </message>
    <message>
        <source>Its logs and saved passwords are removed too.</source>
        <translation>Seine Protokolle und gespeicherten Passwörter werden ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>Write the report as CSV to FILE (- for standard output).</source>
        <translation>Den Bericht als CSV in FILE schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>batch export needs --csv FILE (or --csv - for standard output).</source>
        <translation>batch export braucht --csv FILE (oder --csv - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>There is no batch %1 in %2.</source>
        <translation>In %2 gibt es keinen Batch %1.</translation>
    </message>
    <message>
        <source>There is no job %1 in %2.</source>
        <translation>In %2 gibt es keinen Job %1.</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, archiviert</translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>Keine Batches.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>SOURCE → DESTINATION</source>
        <translation>QUELLE → ZIEL</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>KONTEN</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>Use either --archived or --all, not both.</source>
        <translation>Verwenden Sie entweder --archived oder --all, nicht beides.</translation>
    </message>
    <message>
        <source>--mine needs to know who you are, but neither USER nor USERNAME is set.</source>
        <translation>--mine muss wissen, wer Sie sind, aber weder USER noch USERNAME ist gesetzt.</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>check logins only</source>
        <translation>nur Anmeldungen prüfen</translation>
    </message>
    <message>
        <source>default domain %1</source>
        <translation>Standard-Domain %1</translation>
    </message>
    <message>
        <source>extra imapsync arguments: %1</source>
        <translation>zusätzliche imapsync-Argumente: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>, cancel requested</source>
        <translation>, Abbruch angefordert</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>%1 von %2 kopiert</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Starts after:</source>
        <translation>Startet nach:</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archiviert:</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <source>USER1 → USER2</source>
        <translation>USER1 → USER2</translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation>LÄUFE</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>EXIT</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>LOG</source>
        <translation>PROTOKOLL</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Ein JSON-Objekt statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Only archived batches.</source>
        <translation>Nur archivierte Batches.</translation>
    </message>
    <message>
        <source>Archived batches too.</source>
        <translation>Auch archivierte Batches.</translation>
    </message>
    <message>
        <source>Only batches you created (your login name).</source>
        <translation>Nur Batches, die Sie angelegt haben (Ihr Anmeldename).</translation>
    </message>
    <message>
        <source>Only batches whose label, host, default domain or user contains TEXT (or whose id is TEXT).</source>
        <translation>Nur Batches, deren Bezeichnung, Host, Standard-Domain oder Benutzer TEXT enthält (oder deren ID TEXT ist).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>batch list takes no operand (got: %1).</source>
        <translation>batch list nimmt keinen Operanden an (erhalten: %1).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Cannot read the log of job %1 (%2): %3</source>
        <translation>Das Protokoll von Job %1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Job %1 ended before its log was written.</source>
        <translation>Job %1 wurde beendet, bevor sein Protokoll geschrieben wurde.</translation>
    </message>
    <message>
        <source>imapdesk is starting imapsync; try again in a moment or use --follow</source>
        <translation>imapdesk startet gerade imapsync; versuchen Sie es gleich noch einmal oder verwenden Sie --follow</translation>
    </message>
    <message>
        <source>Job %1 has no log file for its run %2.</source>
        <translation>Job %1 hat keine Protokolldatei für seinen Lauf %2.</translation>
    </message>
    <message>
        <source>--tail expects a number of lines, got: %1</source>
        <translation>--tail erwartet eine Anzahl Zeilen, erhalten: %1</translation>
    </message>
    <message>
        <source>How many lines from the end to print (default 100).</source>
        <translation>Wie viele Zeilen vom Ende ausgegeben werden (Standard: 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep printing new lines until the job stops running.</source>
        <translation>Neue Zeilen weiter ausgeben, bis der Job nicht mehr läuft.</translation>
    </message>
    <message>
        <source>The job (see &apos;imapdesk batch show ID&apos;).</source>
        <translation>Der Job (siehe &apos;imapdesk batch show ID&apos;).</translation>
    </message>
    <message>
        <source>Job %1 has not run yet: there is no log.</source>
        <translation>Job %1 ist noch nicht gelaufen: Es gibt kein Protokoll.</translation>
    </message>
    <message>
        <source>Only this job of the batch (repeat for several).</source>
        <translation>Nur diesen Job des Batches (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Job %1 is not part of batch %2.</source>
        <translation>Job %1 gehört nicht zu Batch %2.</translation>
    </message>
    <message>
        <source>Nothing to cancel: no selected job of batch %1 is queued, waiting or running (or it was already asked to stop).</source>
        <translation>Nichts abzubrechen: Kein ausgewählter Job von Batch %1 ist in der Warteschlange, wartet oder läuft (oder er wurde bereits zum Anhalten aufgefordert).</translation>
    </message>
</context>
<context>
    <name>BatchPasswordsCommand</name>
    <message>
        <source>--default-domain %1 is not a domain name such as example.com.</source>
        <translation>--default-domain %1 ist kein Domainname wie example.com.</translation>
    </message>
    <message>
        <source>… and more lines that match no job: %1</source>
        <translation>… und weitere Zeilen, die zu keinem Job passen: %1</translation>
    </message>
    <message>
        <source>line %1: batch %2 has no job for %3 → %4</source>
        <translation>Zeile %1: Batch %2 hat keinen Job für %3 → %4</translation>
    </message>
    <message>
        <source>Job %1 has no keychain entry to save its passwords under.</source>
        <translation>Job %1 hat keinen Schlüsselbundeintrag, unter dem seine Passwörter gespeichert werden könnten.</translation>
    </message>
    <message>
        <source>Cannot save the passwords of job %1 (line %2) in the system keyring: %3</source>
        <translation>Die Passwörter von Job %1 (Zeile %2) können nicht im Schlüsselbund des Systems gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Batch %1: jobs given their passwords: %2 (queued again: %3).</source>
        <translation>Batch %1: Jobs, die ihre Passwörter erhalten haben: %2 (wieder in der Warteschlange: %3).</translation>
    </message>
    <message>
        <source>Lines that matched no job: %1.</source>
        <translation>Zeilen, die zu keinem Job passten: %1.</translation>
    </message>
    <message>
        <source>Jobs still waiting for their passwords: %1.</source>
        <translation>Jobs, die noch auf ihre Passwörter warten: %1.</translation>
    </message>
    <message>
        <source>Lines for jobs that do not wait for their passwords, left alone: %1 (--all saves theirs too).</source>
        <translation>Unverändert gelassene Zeilen für Jobs, die nicht auf ihre Passwörter warten: %1 (--all speichert auch deren Passwörter).</translation>
    </message>
    <message>
        <source>Run them with: imapdesk batch run %1</source>
        <translation>Ausführen mit: imapdesk batch run %1</translation>
    </message>
    <message>
        <source>The batch (see &apos;imapdesk batch list&apos;).</source>
        <translation>Der Batch (siehe &apos;imapdesk batch list&apos;).</translation>
    </message>
    <message>
        <source>Account list (.txt, .csv, .tsv), or - for standard input. A line gives its passwords to the job with the same source and destination user.</source>
        <translation>Kontoliste (.txt, .csv, .tsv) oder - für die Standardeingabe. Eine Zeile gibt ihre Passwörter dem Job mit demselben Quell- und Zielbenutzer.</translation>
    </message>
    <message>
        <source>Domain added to users without @domain (default: the batch&apos;s own).</source>
        <translation>Domain, die an Benutzer ohne @Domain angehängt wird (Standard: die des Batches).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Save the passwords of every job the list names, not only of those waiting for them (e.g. new passwords before a delta pass).</source>
        <translation>Die Passwörter aller Jobs speichern, die die Liste nennt, nicht nur die der wartenden (z. B. neue Passwörter vor einem Delta-Durchlauf).</translation>
    </message>
    <message>
        <source>batch passwords needs a batch ID and an account list FILE.</source>
        <translation>batch passwords braucht eine Batch-ID und eine Kontoliste FILE.</translation>
    </message>
    <message>
        <source>batch id</source>
        <translation>Batch-ID</translation>
    </message>
</context>
<context>
    <name>BatchRunCommand</name>
    <message>
        <source>--%1 must be a number from %2 to 256.</source>
        <translation>--%1 muss eine Zahl von %2 bis 256 sein.</translation>
    </message>
    <message>
        <source>Cannot start the background run: %1</source>
        <translation>Der Lauf im Hintergrund kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Running in the background (process %1); its output goes to %2. Follow with &apos;imapdesk batch list&apos; or &apos;imapdesk batch show ID&apos;.</source>
        <translation>Läuft im Hintergrund (Prozess %1); die Ausgabe geht nach %2. Verfolgen mit &apos;imapdesk batch list&apos; oder &apos;imapdesk batch show ID&apos;.</translation>
    </message>
    <message>
        <source>imapsync processes at once (default 4).</source>
        <translation>Gleichzeitige imapsync-Prozesse (Standard: 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N processes per source or destination host.</source>
        <translation>Höchstens N Prozesse pro Quell- oder Zielhost.</translation>
    </message>
    <message>
        <source>Stay in the foreground until the jobs have ended; exit status 0 only if every job succeeded.</source>
        <translation>Im Vordergrund bleiben, bis die Jobs beendet sind; Exit-Status 0 nur, wenn jeder Job erfolgreich war.</translation>
    </message>
    <message>
        <source>Only this batch (default: all).</source>
        <translation>Nur dieser Batch (Standard: alle).</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>batch id</source>
        <translation>Batch-ID</translation>
    </message>
    <message>
        <source>No batch %1.</source>
        <translation>Kein Batch %1.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>ImapDesk&apos;s own log is not written: %1</source>
        <translation>Das eigene Protokoll von ImapDesk wird nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Expected one %1 (a number), got: %2</source>
        <translation>Erwartet: eine %1 (eine Zahl), erhalten: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Parse an account list and show what would be imported.</source>
        <translation>Eine Kontoliste prüfen und zeigen, was importiert würde.</translation>
    </message>
    <message>
        <source>Add a batch of accounts (passwords go to the keychain); prints its id.</source>
        <translation>Einen Batch von Konten hinzufügen (Passwörter kommen in den Schlüsselbund); gibt seine ID aus.</translation>
    </message>
    <message>
        <source>List batches.</source>
        <translation>Batches auflisten.</translation>
    </message>
    <message>
        <source>Show a batch and every job in it.</source>
        <translation>Einen Batch mit allen seinen Jobs anzeigen.</translation>
    </message>
    <message>
        <source>Run queued jobs with imapsync until none is left.</source>
        <translation>Jobs aus der Warteschlange mit imapsync ausführen, bis keiner mehr übrig ist.</translation>
    </message>
    <message>
        <source>Cancel a batch: queued jobs never start, running ones stop.</source>
        <translation>Einen Batch abbrechen: Jobs in der Warteschlange starten nicht mehr, laufende werden angehalten.</translation>
    </message>
    <message>
        <source>Queue a batch again (a delta pass), or only its failed jobs.</source>
        <translation>Einen Batch erneut einreihen (Delta-Durchlauf) oder nur seine fehlgeschlagenen Jobs.</translation>
    </message>
    <message>
        <source>Archive a batch (or bring it back with --undo).</source>
        <translation>Einen Batch archivieren (oder mit --undo zurückholen).</translation>
    </message>
    <message>
        <source>Delete a batch with its logs and saved passwords.</source>
        <translation>Einen Batch mit seinen Protokollen und gespeicherten Passwörtern löschen.</translation>
    </message>
    <message>
        <source>Write a batch report as CSV.</source>
        <translation>Einen Batch-Bericht als CSV schreiben.</translation>
    </message>
    <message>
        <source>Print the imapsync log of a job (its latest attempt).</source>
        <translation>Das imapsync-Protokoll eines Jobs ausgeben (sein letzter Versuch).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version of ImapDesk.</source>
        <translation>Die Version von ImapDesk anzeigen.</translation>
    </message>
    <message>
        <source>ImapDesk migrates mailboxes between IMAP servers with imapsync.
Without a command, the desktop application starts.</source>
        <translation>ImapDesk migriert Postfächer mit imapsync zwischen IMAP-Servern.
Ohne Befehl startet die Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>A command from the list below.</source>
        <translation>Ein Befehl aus der Liste unten.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;imapdesk COMMAND --help&apos; for the options of a command.</source>
        <translation>&apos;imapdesk COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Run &apos;imapdesk %1 --help&apos; for its options.</source>
        <translation>&apos;imapdesk %1 --help&apos; zeigt seine Optionen.</translation>
    </message>
    <message>
        <source>Incomplete command; did you mean: %1?</source>
        <translation>Unvollständiger Befehl; meinten Sie: %1?</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Run &apos;imapdesk --help&apos; for the list of commands.</source>
        <translation>&apos;imapdesk --help&apos; zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Save the passwords of jobs waiting for them, from an account list.</source>
        <translation>Die Passwörter wartender Jobs aus einer Kontoliste speichern.</translation>
    </message>
    <message>
        <source>Check that every host answers and every account can log in.</source>
        <translation>Prüfen, ob jeder Host antwortet und sich jedes Konto anmelden kann.</translation>
    </message>
    <message>
        <source>Save the PostgreSQL password (from standard input) in the keychain.</source>
        <translation>Das PostgreSQL-Passwort (aus der Standardeingabe) im Schlüsselbund speichern.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>the system keyring is locked or refused access (%1)</source>
        <translation>der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>no system keyring available (%1)</source>
        <translation>kein Schlüsselbund des Systems verfügbar (%1)</translation>
    </message>
    <message>
        <source>the saved password entry cannot be read (%1)</source>
        <translation>der gespeicherte Passworteintrag kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the system keyring reported an error (%1)</source>
        <translation>der Schlüsselbund des Systems hat einen Fehler gemeldet (%1)</translation>
    </message>
    <message>
        <source>the system keyring did not answer in time</source>
        <translation>der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>no saved password for this account (ask the user)</source>
        <translation>kein gespeichertes Passwort für dieses Konto (fragen Sie den Benutzer)</translation>
    </message>
    <message>
        <source>the system keyring is locked or refused access</source>
        <translation>der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>no system keyring available</source>
        <translation>kein Schlüsselbund des Systems verfügbar</translation>
    </message>
    <message>
        <source>the saved password entry cannot be read</source>
        <translation>der gespeicherte Passworteintrag kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the system keyring reported an error</source>
        <translation>der Schlüsselbund des Systems hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the system keyring did not answer within %1 s</source>
        <translation>der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>invalid credential reference</source>
        <translation>ungültiger Verweis auf Anmeldedaten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved passwords removed</source>
        <translation>
            <numerusform>%1 von %n gespeicherten Passwort entfernt</numerusform>
            <numerusform>%1 von %n gespeicherten Passwörtern entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>a test entry came back changed</source>
        <translation>ein Testeintrag kam verändert zurück</translation>
    </message>
    <message>
        <source>not written by this version of ImapDesk</source>
        <translation>nicht von dieser Version von ImapDesk geschrieben</translation>
    </message>
</context>
<context>
    <name>DatabaseConnectionTest</name>
    <message>
        <source>Connected to %1. It holds no ImapDesk history yet: ImapDesk will set it up when it first uses it.</source>
        <translation>Verbunden mit %1. Die Datenbank enthält noch keinen ImapDesk-Verlauf: ImapDesk richtet sie bei der ersten Verwendung ein.</translation>
    </message>
    <message>
        <source>Connected to %1, but its history was written by a newer ImapDesk (schema version %2; this one knows up to %3).</source>
        <translation>Verbunden mit %1, aber der Verlauf wurde von einem neueren ImapDesk geschrieben (Schemaversion %2; diese Version kennt bis %3).</translation>
    </message>
    <message>
        <source>Connected to %1: ImapDesk history, schema version %2.</source>
        <translation>Verbunden mit %1: ImapDesk-Verlauf, Schemaversion %2.</translation>
    </message>
    <message>
        <source>Connected to %1, but its history cannot be read: %2</source>
        <translation>Verbunden mit %1, aber der Verlauf kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database URL is not valid (%1). Expected postgresql://user@host:port/dbname.</source>
        <translation>Die Datenbank-URL ist ungültig (%1). Erwartet wird postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The database URL %1 must name a host and a database: postgresql://user@host:port/dbname.</source>
        <translation>Die Datenbank-URL %1 muss einen Host und eine Datenbank angeben: postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation>Der Speicherort der Datenbank ist leer.</translation>
    </message>
    <message>
        <source>Unsupported database URL %1: use an SQLite file path or postgresql://user@host:port/dbname.</source>
        <translation>Nicht unterstützte Datenbank-URL %1: Verwenden Sie einen SQLite-Dateipfad oder postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The database URL contains a password. Remove it from the URL and save it in the system keyring with &apos;imapdesk db password&apos;, or put it in PGPASSWORD or ~/.pgpass: command lines are visible to every user of this computer.</source>
        <translation>Die Datenbank-URL enthält ein Passwort. Entfernen Sie es aus der URL und speichern Sie es mit &apos;imapdesk db password&apos; im Schlüsselbund des Systems, oder legen Sie es in PGPASSWORD oder ~/.pgpass ab: Befehlszeilen sind für jeden Benutzer dieses Computers sichtbar.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordStore</name>
    <message>
        <source>an SQLite database has no password</source>
        <translation>eine SQLite-Datenbank hat kein Passwort</translation>
    </message>
    <message>
        <source>an empty password is not saved</source>
        <translation>ein leeres Passwort wird nicht gespeichert</translation>
    </message>
    <message>
        <source>The password saved in the system keyring was used: replace it in the settings or with &apos;imapdesk db password&apos;.</source>
        <translation>Das im Schlüsselbund des Systems gespeicherte Passwort wurde verwendet: Ersetzen Sie es in den Einstellungen oder mit &apos;imapdesk db password&apos;.</translation>
    </message>
    <message>
        <source>The password kept in memory for this session was used: enter it again in the settings.</source>
        <translation>Das für diese Sitzung im Arbeitsspeicher gehaltene Passwort wurde verwendet: Geben Sie es in den Einstellungen erneut ein.</translation>
    </message>
    <message>
        <source>The system keyring could not be asked for the password (%1), so only PGPASSWORD and ~/.pgpass were tried.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht nach dem Passwort gefragt werden (%1), daher wurden nur PGPASSWORD und ~/.pgpass versucht.</translation>
    </message>
    <message>
        <source>No password is saved in the system keyring for this database: save one in the settings or with &apos;imapdesk db password&apos;, or use PGPASSWORD or ~/.pgpass.</source>
        <translation>Für diese Datenbank ist kein Passwort im Schlüsselbund des Systems gespeichert: Speichern Sie eines in den Einstellungen oder mit &apos;imapdesk db password&apos;, oder verwenden Sie PGPASSWORD oder ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DbPasswordCommand</name>
    <message>
        <source>Cannot remove the password for %1 from the system keyring: %2</source>
        <translation>Das Passwort für %1 kann nicht aus dem Schlüsselbund des Systems entfernt werden: %2</translation>
    </message>
    <message>
        <source>No password for %1 is saved in the system keyring now.</source>
        <translation>Im Schlüsselbund des Systems ist jetzt kein Passwort für %1 gespeichert.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password given: write it as one line on standard input, for example imapdesk db password --db URL &lt; password.txt</source>
        <translation>Kein Passwort angegeben: Schreiben Sie es als eine Zeile in die Standardeingabe, zum Beispiel imapdesk db password --db URL &lt; password.txt</translation>
    </message>
    <message>
        <source>Cannot save the password for %1 in the system keyring: %2. Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Das Passwort für %1 kann nicht im Schlüsselbund des Systems gespeichert werden: %2. Legen Sie es stattdessen in PGPASSWORD oder ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>The password for %1 is saved in the system keyring.</source>
        <translation>Das Passwort für %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Remove the saved password instead of saving one.</source>
        <translation>Das gespeicherte Passwort entfernen, statt eines zu speichern.</translation>
    </message>
    <message>
        <source>db password takes no operand: the password is read from standard input, never from the command line.</source>
        <translation>db password nimmt keinen Operanden an: Das Passwort wird aus der Standardeingabe gelesen, nie aus der Befehlszeile.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, which has no password. Name the PostgreSQL database with --db postgresql://user@host:port/dbname or IMAPDESK_DB.</source>
        <translation>%1 ist eine SQLite-Datei, die kein Passwort hat. Geben Sie die PostgreSQL-Datenbank mit --db postgresql://user@host:port/dbname oder IMAPDESK_DB an.</translation>
    </message>
    <message>
        <source>ImapDesk&apos;s own log is not written: %1</source>
        <translation>Das eigene Protokoll von ImapDesk wird nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>No System Keyring</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>ImapDesk cannot keep passwords in the system keyring:
%1

Keep the passwords of new batches in memory for this session only? They are never written to disk, and batches added now cannot run after ImapDesk is closed.</source>
        <translation>ImapDesk kann keine Passwörter im Schlüsselbund des Systems ablegen:
%1

Die Passwörter neuer Batches nur für diese Sitzung im Arbeitsspeicher halten? Sie werden nie auf die Festplatte geschrieben, und jetzt hinzugefügte Batches können nach dem Schließen von ImapDesk nicht mehr laufen.</translation>
    </message>
    <message>
        <source>ImapDesk</source>
        <translation>ImapDesk</translation>
    </message>
    <message>
        <source>The history database cannot be opened:
%1%2

Check the database in the settings file or with --db.</source>
        <translation>Die Verlaufsdatenbank kann nicht geöffnet werden:
%1%2

Prüfen Sie die Datenbank in der Einstellungsdatei oder mit --db.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A size: number, then unit (&quot;1.5 MiB&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer speed: a size per second (&quot;1.5 MiB/s&quot;)</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <extracomment>Messages copied per second</extracomment>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; put a space before % where the language wants one</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Progress: done out of total (&quot;1,234/5,000&quot;)</extracomment>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>Folder for the database, job logs and application log (env IMAPDESK_DATA_DIR; default: %1).</source>
        <translation>Ordner für die Datenbank, die Job-Protokolle und das Anwendungsprotokoll (Umgebungsvariable IMAPDESK_DATA_DIR; Standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>History database: an SQLite file path or postgresql://user@host:port/dbname (env IMAPDESK_DB; default: imapdesk.sqlite in the data folder).</source>
        <translation>Verlaufsdatenbank: ein SQLite-Dateipfad oder postgresql://user@host:port/dbname (Umgebungsvariable IMAPDESK_DB; Standard: imapdesk.sqlite im Datenordner).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The imapsync program to run (env IMAPDESK_IMAPSYNC; default: next to ImapDesk, then on PATH).</source>
        <translation>Das auszuführende imapsync-Programm (Umgebungsvariable IMAPDESK_IMAPSYNC; Standard: neben ImapDesk, dann im PATH).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print debug messages of ImapDesk&apos;s own log.</source>
        <translation>Debug-Meldungen des eigenen ImapDesk-Protokolls ausgeben.</translation>
    </message>
</context>
<context>
    <name>HostPort</name>
    <message>
        <source>%1 is not a host: write an IPv6 address as [2001:db8::1]:993.</source>
        <translation>%1 ist kein Host: Schreiben Sie eine IPv6-Adresse als [2001:db8::1]:993.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>&apos;%1&apos; ist weder ein Hostname noch eine Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (1-65535) in %2.</source>
        <translation>&apos;%1&apos; in %2 ist keine Portnummer (1-65535).</translation>
    </message>
</context>
<context>
    <name>HostShortcuts</name>
    <message>
        <source>Rule %1: the pattern is empty.</source>
        <translation>Regel %1: Das Muster ist leer.</translation>
    </message>
    <message>
        <source>Rule %1: invalid regular expression &quot;%2&quot;: %3 (at offset %4).</source>
        <translation>Regel %1: Ungültiger regulärer Ausdruck „%2“: %3 (an Position %4).</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the suffix is empty.</source>
        <translation>Regel %1 („%2“): Das Suffix ist leer.</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the suffix &quot;%3&quot; contains spaces.</source>
        <translation>Regel %1 („%2“): Das Suffix „%3“ enthält Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>ImapProbe</name>
    <message>
        <source>%1 sent an answer longer than %2 KiB.</source>
        <translation>%1 hat eine Antwort gesendet, die länger als %2 KiB ist.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut. %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection without a word.</source>
        <translation>%1 hat die Verbindung wortlos geschlossen.</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 hat die Verbindung geschlossen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1 within %n s.</source>
        <translation>
            <numerusform>Keine Verbindung zu %1 innerhalb von %n s.</numerusform>
            <numerusform>Keine Verbindung zu %1 innerhalb von %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>den TLS-Handshake</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>die Begrüßung</translation>
    </message>
    <message>
        <source>the answer to CAPABILITY</source>
        <translation>die Antwort auf CAPABILITY</translation>
    </message>
    <message>
        <source>the answer to STARTTLS</source>
        <translation>die Antwort auf STARTTLS</translation>
    </message>
    <message>
        <source>the answer to ID</source>
        <translation>die Antwort auf ID</translation>
    </message>
    <message>
        <source>the answer to the login</source>
        <translation>die Antwort auf die Anmeldung</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n s (waiting for %2).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n s geantwortet (Warten auf %2).</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n s geantwortet (Warten auf %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not greet like an IMAP server.</source>
        <translation>%1 begrüßt nicht wie ein IMAP-Server.</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 logged the connection in without a password; such a server cannot be checked.</source>
        <translation>%1 hat die Verbindung ohne Passwort angemeldet; ein solcher Server kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 asked for more data where none is due.</source>
        <translation>%1 hat nach weiteren Daten gefragt, obwohl keine fällig sind.</translation>
    </message>
    <message>
        <source>%1 refused CAPABILITY: %2</source>
        <translation>%1 hat CAPABILITY abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused STARTTLS: %2</source>
        <translation>%1 hat STARTTLS abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 sent unencrypted data after agreeing to STARTTLS.</source>
        <translation>%1 hat nach der Zusage von STARTTLS unverschlüsselte Daten gesendet.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>%1 refused the login of %2: %3</source>
        <translation>%1 hat die Anmeldung von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 did not understand the login of %2: %3</source>
        <translation>%1 hat die Anmeldung von %2 nicht verstanden: %3</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: the password would travel unencrypted, so it was not sent. Choose SSL if the server has an IMAPS port.</source>
        <translation>%1 bietet kein STARTTLS an: Das Passwort würde unverschlüsselt übertragen und wurde daher nicht gesendet. Wählen Sie SSL, falls der Server einen IMAPS-Port hat.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, but %1 offers STARTTLS: choose STARTTLS so that passwords do not travel in clear text.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, aber %1 bietet STARTTLS an: Wählen Sie STARTTLS, damit Passwörter nicht im Klartext übertragen werden.</translation>
    </message>
    <message>
        <source>%1 offers no encryption on this port: passwords would travel in clear text.</source>
        <translation>%1 bietet auf diesem Port keine Verschlüsselung an: Passwörter würden im Klartext übertragen.</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 antwortet.</translation>
    </message>
    <message>
        <source>The password for %1 was not sent: the connection to %2 is not encrypted. Allow clear text for this server to check it anyway.</source>
        <translation>Das Passwort für %1 wurde nicht gesendet: Die Verbindung zu %2 ist nicht verschlüsselt. Erlauben Sie Klartext für diesen Server, um ihn trotzdem zu prüfen.</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which IMAP cannot carry.</source>
        <translation>Der Benutzername oder das Passwort enthält ein NUL-Zeichen, das IMAP nicht übertragen kann.</translation>
    </message>
    <message>
        <source>%1 accepts neither LOGIN nor AUTHENTICATE PLAIN.</source>
        <translation>%1 akzeptiert weder LOGIN noch AUTHENTICATE PLAIN.</translation>
    </message>
    <message>
        <source>%1 accepts neither LOGIN nor AUTHENTICATE PLAIN without encryption: choose SSL or STARTTLS.</source>
        <translation>%1 akzeptiert ohne Verschlüsselung weder LOGIN noch AUTHENTICATE PLAIN: Wählen Sie SSL oder STARTTLS.</translation>
    </message>
    <message>
        <source>The password was sent unencrypted.</source>
        <translation>Das Passwort wurde unverschlüsselt gesendet.</translation>
    </message>
</context>
<context>
    <name>Imapsync</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>imapsync finished without any error. After a dry run nothing was copied; after a credentials check both logins worked.</source>
        <translation>imapsync wurde ohne Fehler beendet. Nach einem Probelauf wurde nichts kopiert; nach einer Prüfung der Anmeldedaten haben beide Anmeldungen funktioniert.</translation>
    </message>
    <message>
        <source>Unclassified error</source>
        <translation>Nicht eingeordneter Fehler</translation>
    </message>
    <message>
        <source>imapsync met an error it could not classify. The end of the log lists the errors (&quot;Err&quot; lines) and the most frequent one; fix the cause and retry: imapsync continues where it stopped.</source>
        <translation>imapsync ist auf einen Fehler gestoßen, den es nicht einordnen konnte. Am Ende des Protokolls stehen die Fehler („Err“-Zeilen) und der häufigste davon; beheben Sie die Ursache und wiederholen Sie den Job: imapsync macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Stopped by a signal</source>
        <translation>Durch ein Signal angehalten</translation>
    </message>
    <message>
        <source>imapsync was told to stop by a signal (TERM, QUIT or INT) before the end. Messages already copied stay on the destination; retry the job to copy the rest.</source>
        <translation>imapsync wurde vor dem Ende durch ein Signal (TERM, QUIT oder INT) angehalten. Bereits kopierte Nachrichten bleiben auf dem Ziel; wiederholen Sie den Job, um den Rest zu kopieren.</translation>
    </message>
    <message>
        <source>Stopped by abort file</source>
        <translation>Durch Abbruchdatei angehalten</translation>
    </message>
    <message>
        <source>imapsync found its abort file and stopped cleanly between two messages. Messages already copied stay on the destination; retry the job to copy the rest.</source>
        <translation>imapsync hat seine Abbruchdatei gefunden und sauber zwischen zwei Nachrichten angehalten. Bereits kopierte Nachrichten bleiben auf dem Ziel; wiederholen Sie den Job, um den Rest zu kopieren.</translation>
    </message>
    <message>
        <source>Pid file in use</source>
        <translation>PID-Datei in Gebrauch</translation>
    </message>
    <message>
        <source>imapsync refused to start because its pid file exists and names a running process (--pidfilelocking). Another imapsync may be migrating this mailbox: let it finish or stop it, then retry.</source>
        <translation>imapsync hat den Start verweigert, weil seine PID-Datei existiert und einen laufenden Prozess nennt (--pidfilelocking). Möglicherweise migriert ein anderes imapsync dieses Postfach: Lassen Sie es fertig laufen oder halten Sie es an, und wiederholen Sie dann den Job.</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>imapsync could not connect, or reconnect after an interruption, to one of the servers. Check that both servers are reachable from this computer (name, port, firewall, VPN), then retry.</source>
        <translation>imapsync konnte zu einem der Server keine Verbindung herstellen oder sie nach einer Unterbrechung nicht wiederherstellen. Prüfen Sie, ob beide Server von diesem Computer aus erreichbar sind (Name, Port, Firewall, VPN), und wiederholen Sie dann den Job.</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation>STARTTLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>The STARTTLS negotiation with a server failed. Check the security mode of the host (SSL on port 993, STARTTLS on 143, or none) and that the server supports it.</source>
        <translation>Die STARTTLS-Aushandlung mit einem Server ist fehlgeschlagen. Prüfen Sie die Verschlüsselung des Hosts (SSL auf Port 993, STARTTLS auf 143 oder keine) und ob der Server sie unterstützt.</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>A server refused the authentication method: pre-authentication, an XOAUTH2 token, or an administrator (master user) login. Check the authentication options, the token or the administrator account.</source>
        <translation>Ein Server hat die Authentifizierungsmethode abgelehnt: Vorauthentifizierung, ein XOAUTH2-Token oder eine Administratoranmeldung (Master-User). Prüfen Sie die Authentifizierungsoptionen, das Token oder das Administratorkonto.</translation>
    </message>
    <message>
        <source>Source subfolder missing</source>
        <translation>Unterordner in der Quelle fehlt</translation>
    </message>
    <message>
        <source>The folder given with --subfolder1 does not exist on the source server. Check its exact name (case and hierarchy separator) in the extra arguments of the batch.</source>
        <translation>Der mit --subfolder1 angegebene Ordner existiert auf dem Quellserver nicht. Prüfen Sie seinen genauen Namen (Groß-/Kleinschreibung und Hierarchietrennzeichen) in den zusätzlichen Argumenten des Batches.</translation>
    </message>
    <message>
        <source>Command line refused</source>
        <translation>Befehlszeile abgelehnt</translation>
    </message>
    <message>
        <source>imapsync refused its command line and did nothing. Most likely an extra argument of the batch is unknown to the installed imapsync, misspelt, misses its value, or conflicts with another option; the first lines of the log name it (&quot;Unknown option&quot;, &quot;Found N extra arguments&quot;).</source>
        <translation>imapsync hat seine Befehlszeile abgelehnt und nichts getan. Wahrscheinlich ist ein zusätzliches Argument des Batches dem installierten imapsync unbekannt, falsch geschrieben, ohne seinen Wert angegeben oder steht im Konflikt mit einer anderen Option; die ersten Zeilen des Protokolls nennen es („Unknown option“, „Found N extra arguments“).</translation>
    </message>
    <message>
        <source>Password file missing</source>
        <translation>Passwortdatei fehlt</translation>
    </message>
    <message>
        <source>imapsync could not read the password file prepared for this job (it was deleted or is not readable). Retry the job; if it happens again, check the free space and permissions of the ImapDesk data folder.</source>
        <translation>imapsync konnte die für diesen Job vorbereitete Passwortdatei nicht lesen (sie wurde gelöscht oder ist nicht lesbar). Wiederholen Sie den Job; wenn das erneut passiert, prüfen Sie den freien Speicherplatz und die Berechtigungen des ImapDesk-Datenordners.</translation>
    </message>
    <message>
        <source>Computer overloaded</source>
        <translation>Computer überlastet</translation>
    </message>
    <message>
        <source>imapsync refused to run because the computer was too loaded (normally only in its web mode). Run fewer jobs at the same time and retry.</source>
        <translation>imapsync hat die Ausführung verweigert, weil der Computer zu stark ausgelastet war (normalerweise nur im Webmodus). Führen Sie weniger Jobs gleichzeitig aus und wiederholen Sie den Job.</translation>
    </message>
    <message>
        <source>imapsync internal error</source>
        <translation>Interner Fehler von imapsync</translation>
    </message>
    <message>
        <source>imapsync hit an internal limitation, for example --uidexpunge2 without support in its Mail::IMAPClient module. Update imapsync and its Perl modules, or remove the option from the extra arguments.</source>
        <translation>imapsync ist an eine interne Grenze gestoßen, zum Beispiel --uidexpunge2 ohne Unterstützung im Modul Mail::IMAPClient. Aktualisieren Sie imapsync und seine Perl-Module oder entfernen Sie die Option aus den zusätzlichen Argumenten.</translation>
    </message>
    <message>
        <source>Source server unreachable</source>
        <translation>Quellserver nicht erreichbar</translation>
    </message>
    <message>
        <source>imapsync could not connect to the source server: the name does not resolve, nothing answers on that port, a firewall blocks it, or the TLS handshake failed (security mode wrong for the port, or certificate refused). Check the host, port and security mode of the source.</source>
        <translation>imapsync konnte keine Verbindung zum Quellserver herstellen: Der Name lässt sich nicht auflösen, auf dem Port antwortet nichts, eine Firewall blockiert die Verbindung oder der TLS-Handshake ist fehlgeschlagen (falsche Verschlüsselung für den Port oder Zertifikat abgelehnt). Prüfen Sie Host, Port und Verschlüsselung der Quelle.</translation>
    </message>
    <message>
        <source>Destination server unreachable</source>
        <translation>Zielserver nicht erreichbar</translation>
    </message>
    <message>
        <source>imapsync could not connect to the destination server: the name does not resolve, nothing answers on that port, a firewall blocks it, or the TLS handshake failed (security mode wrong for the port, or certificate refused). Check the host, port and security mode of the destination. (imapsync&apos;s own hint wrongly says &quot;host1&quot; here.)</source>
        <translation>imapsync konnte keine Verbindung zum Zielserver herstellen: Der Name lässt sich nicht auflösen, auf dem Port antwortet nichts, eine Firewall blockiert die Verbindung oder der TLS-Handshake ist fehlgeschlagen (falsche Verschlüsselung für den Port oder Zertifikat abgelehnt). Prüfen Sie Host, Port und Verschlüsselung des Ziels. (Der eigene Hinweis von imapsync nennt hier fälschlich „host1“.)</translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation>Mit Fehlern beendet</translation>
    </message>
    <message>
        <source>imapsync went through the mailbox but some operations failed; the end of the log lists them (&quot;Err&quot; lines). Retry: imapsync only copies what is still missing.</source>
        <translation>imapsync hat das Postfach durchlaufen, aber einige Vorgänge sind fehlgeschlagen; das Ende des Protokolls listet sie auf („Err“-Zeilen). Wiederholen Sie den Job: imapsync kopiert nur, was noch fehlt.</translation>
    </message>
    <message>
        <source>Too many errors</source>
        <translation>Zu viele Fehler</translation>
    </message>
    <message>
        <source>imapsync stopped after too many errors (--errorsmax, 50 by default). Look at the first errors in the log, fix their cause, then retry.</source>
        <translation>imapsync hat nach zu vielen Fehlern angehalten (--errorsmax, standardmäßig 50). Sehen Sie sich die ersten Fehler im Protokoll an, beheben Sie ihre Ursache und wiederholen Sie dann den Job.</translation>
    </message>
    <message>
        <source>Destination mailbox full</source>
        <translation>Zielpostfach voll</translation>
    </message>
    <message>
        <source>The destination mailbox is over its quota: the server refused messages (OVERQUOTA). Ask the destination administrator to raise the quota or make room, then retry to copy the remaining messages.</source>
        <translation>Das Zielpostfach hat sein Kontingent überschritten: Der Server hat Nachrichten abgelehnt (OVERQUOTA). Bitten Sie den Administrator des Ziels, das Kontingent zu erhöhen oder Platz zu schaffen, und wiederholen Sie dann den Job, um die restlichen Nachrichten zu kopieren.</translation>
    </message>
    <message>
        <source>Messages refused by destination</source>
        <translation>Nachrichten vom Ziel abgelehnt</translation>
    </message>
    <message>
        <source>The destination server refused to store some messages (APPEND failed), often because they are too big or malformed. The log names them; consider --maxsize or ask the destination administrator, then retry.</source>
        <translation>Der Zielserver hat das Speichern einiger Nachrichten abgelehnt (APPEND fehlgeschlagen), oft weil sie zu groß oder fehlerhaft sind. Das Protokoll nennt sie; erwägen Sie --maxsize oder fragen Sie den Administrator des Ziels, und wiederholen Sie dann den Job.</translation>
    </message>
    <message>
        <source>Messages unreadable on source</source>
        <translation>Nachrichten in der Quelle nicht lesbar</translation>
    </message>
    <message>
        <source>Some messages could not be read from the source server (FETCH failed), often damaged messages or a server timeout. Retry; if the same messages fail again they are probably damaged on the source.</source>
        <translation>Einige Nachrichten konnten nicht vom Quellserver gelesen werden (FETCH fehlgeschlagen), oft wegen beschädigter Nachrichten oder einer Zeitüberschreitung des Servers. Wiederholen Sie den Job; wenn dieselben Nachrichten erneut fehlschlagen, sind sie wahrscheinlich in der Quelle beschädigt.</translation>
    </message>
    <message>
        <source>Folder creation failed</source>
        <translation>Ordner konnten nicht angelegt werden</translation>
    </message>
    <message>
        <source>The destination server refused to create some folders (forbidden characters, reserved name, hierarchy too deep). The log names them; --automap, --regextrans2 or --exclude can map or skip them.</source>
        <translation>Der Zielserver hat das Anlegen einiger Ordner abgelehnt (unzulässige Zeichen, reservierter Name, zu tiefe Hierarchie). Das Protokoll nennt sie; --automap, --regextrans2 oder --exclude können sie umbenennen oder überspringen.</translation>
    </message>
    <message>
        <source>Folder could not be opened</source>
        <translation>Ordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Some folders could not be opened (SELECT failed), often special or non-selectable folders, or missing rights. The log names them; exclude them with --exclude or check the permissions, then retry.</source>
        <translation>Einige Ordner konnten nicht geöffnet werden (SELECT fehlgeschlagen), oft spezielle oder nicht auswählbare Ordner oder wegen fehlender Rechte. Das Protokoll nennt sie; schließen Sie sie mit --exclude aus oder prüfen Sie die Berechtigungen, und wiederholen Sie dann den Job.</translation>
    </message>
    <message>
        <source>Transfer limit reached</source>
        <translation>Übertragungslimit erreicht</translation>
    </message>
    <message>
        <source>imapsync stopped on purpose after transferring the amount set with --exitwhenover (for provider daily limits). Run the job again later to continue.</source>
        <translation>imapsync hat absichtlich angehalten, nachdem die mit --exitwhenover festgelegte Menge übertragen war (für Tageslimits von Anbietern). Führen Sie den Job später erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Messages refused as viruses</source>
        <translation>Nachrichten als Viren abgelehnt</translation>
    </message>
    <message>
        <source>The destination refused some messages because its antivirus flagged them; they were not copied. Agree with the mailbox owner whether that is acceptable.</source>
        <translation>Das Ziel hat einige Nachrichten abgelehnt, weil sein Virenscanner sie beanstandet hat; sie wurden nicht kopiert. Klären Sie mit dem Inhaber des Postfachs, ob das akzeptabel ist.</translation>
    </message>
    <message>
        <source>Flags not set</source>
        <translation>Flags nicht gesetzt</translation>
    </message>
    <message>
        <source>Some message flags (read, answered, keywords) could not be set on the destination; the messages themselves were copied. --filterbuggyflags or --regexflag can drop the flags the server refuses.</source>
        <translation>Einige Nachrichten-Flags (gelesen, beantwortet, Schlüsselwörter) konnten auf dem Ziel nicht gesetzt werden; die Nachrichten selbst wurden kopiert. --filterbuggyflags oder --regexflag können die Flags weglassen, die der Server ablehnt.</translation>
    </message>
    <message>
        <source>Source login refused</source>
        <translation>Anmeldung an der Quelle abgelehnt</translation>
    </message>
    <message>
        <source>The source server refused the login of user1: check the password, whether IMAP is enabled for this mailbox, and whether the provider requires an app password or OAuth2.</source>
        <translation>Der Quellserver hat die Anmeldung von user1 abgelehnt: Prüfen Sie das Passwort, ob IMAP für dieses Postfach aktiviert ist und ob der Anbieter ein App-Passwort oder OAuth2 verlangt.</translation>
    </message>
    <message>
        <source>Destination login refused</source>
        <translation>Anmeldung am Ziel abgelehnt</translation>
    </message>
    <message>
        <source>The destination server refused the login of user2: check the password, whether the mailbox exists and IMAP is enabled for it, and whether the provider requires an app password or OAuth2.</source>
        <translation>Der Zielserver hat die Anmeldung von user2 abgelehnt: Prüfen Sie das Passwort, ob das Postfach existiert und IMAP dafür aktiviert ist und ob der Anbieter ein App-Passwort oder OAuth2 verlangt.</translation>
    </message>
    <message>
        <source>Self-tests failed</source>
        <translation>Selbsttests fehlgeschlagen</translation>
    </message>
    <message>
        <source>imapsync ran its self-tests (--tests) instead of a migration and some failed. Remove the test options from the extra arguments.</source>
        <translation>imapsync hat statt einer Migration seine Selbsttests (--tests) ausgeführt, und einige sind fehlgeschlagen. Entfernen Sie die Testoptionen aus den zusätzlichen Argumenten.</translation>
    </message>
    <message>
        <source>Perl error</source>
        <translation>Perl-Fehler</translation>
    </message>
    <message>
        <source>imapsync stopped on an unexpected Perl error. The last lines of the log show it, often a missing Perl module or an imapsync bug; update imapsync and retry.</source>
        <translation>imapsync wurde durch einen unerwarteten Perl-Fehler angehalten. Die letzten Zeilen des Protokolls zeigen ihn, oft ein fehlendes Perl-Modul oder ein Fehler in imapsync; aktualisieren Sie imapsync und wiederholen Sie den Job.</translation>
    </message>
    <message>
        <source>Unexpected exit code %1</source>
        <translation>Unerwarteter Exit-Code %1</translation>
    </message>
    <message>
        <source>imapsync ended with exit code %1, which it does not document (a Perl error usually exits with a system error number). The last lines of the log show what happened; retry the job.</source>
        <translation>imapsync wurde mit dem Exit-Code %1 beendet, den es nicht dokumentiert (ein Perl-Fehler endet meist mit einer Systemfehlernummer). Die letzten Zeilen des Protokolls zeigen, was passiert ist; wiederholen Sie den Job.</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>ein Signal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stopped on request before the end. Messages already copied stay on the destination; retry the job to copy the rest (imapsync skips what is already there).</source>
        <translation>Auf Anforderung vor dem Ende angehalten. Bereits kopierte Nachrichten bleiben auf dem Ziel; wiederholen Sie den Job, um den Rest zu kopieren (imapsync überspringt, was bereits vorhanden ist).</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Zwangsweise beendet</translation>
    </message>
    <message>
        <source>imapsync was killed by %1 that ImapDesk did not send: the computer may have run out of memory (the system then sends SIGKILL), been shutting down, or someone ended the process. Retry the job: imapsync continues where it stopped.</source>
        <translation>imapsync wurde durch %1 beendet, das ImapDesk nicht gesendet hat: Möglicherweise hatte der Computer keinen freien Arbeitsspeicher mehr (das System sendet dann SIGKILL), wurde heruntergefahren, oder jemand hat den Prozess beendet. Wiederholen Sie den Job: imapsync macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>imapsync stopped cleanly because it found its abort file, which ImapDesk did not create (someone ran &quot;imapsync --abort&quot;?). Messages already copied stay on the destination; retry the job to copy the rest.</source>
        <translation>imapsync hat sauber angehalten, weil es seine Abbruchdatei gefunden hat, die ImapDesk nicht angelegt hat (hat jemand „imapsync --abort“ ausgeführt?). Bereits kopierte Nachrichten bleiben auf dem Ziel; wiederholen Sie den Job, um den Rest zu kopieren.</translation>
    </message>
    <message>
        <source>Transfer OK, spam not synced</source>
        <translation>Übertragung OK, Spam nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Everything was copied except some messages of the spam/junk folder (%n error(s), all there; imapsync ended with %1). Spam folders often hold malformed messages that servers refuse; usually nothing needs to be done.</source>
        <translation>
            <numerusform>Alles wurde kopiert außer einigen Nachrichten des Spam-/Junk-Ordners (%n Fehler, alle in diesem Ordner; imapsync endete mit %1). Spam-Ordner enthalten oft fehlerhafte Nachrichten, die Server ablehnen; meist ist nichts zu tun.</numerusform>
            <numerusform>Alles wurde kopiert außer einigen Nachrichten des Spam-/Junk-Ordners (%n Fehler, alle in diesem Ordner; imapsync endete mit %1). Spam-Ordner enthalten oft fehlerhafte Nachrichten, die Server ablehnen; meist ist nichts zu tun.</numerusform>
        </translation>
    </message>
    <message>
        <source>The single quote at column %1 is never closed.</source>
        <translation>Das einfache Anführungszeichen in Spalte %1 wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>The double quote at column %1 is never closed.</source>
        <translation>Das doppelte Anführungszeichen in Spalte %1 wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>ImapDesk hands the passwords to imapsync itself, never on its command line; they come from the account list.</source>
        <translation>ImapDesk übergibt die Passwörter selbst an imapsync, nie über die Befehlszeile; sie stammen aus der Kontoliste.</translation>
    </message>
    <message>
        <source>it would print the passwords in clear text in the log.</source>
        <translation>Es würde die Passwörter im Klartext ins Protokoll schreiben.</translation>
    </message>
    <message>
        <source>ImapDesk sets the log of each job itself (one file per job in the log folder of the batch).</source>
        <translation>ImapDesk legt das Protokoll jedes Jobs selbst fest (eine Datei pro Job im Protokollordner des Batches).</translation>
    </message>
    <message>
        <source>ImapDesk gives each job its own pid file to follow and stop it.</source>
        <translation>ImapDesk gibt jedem Job eine eigene PID-Datei, um ihn zu verfolgen und anzuhalten.</translation>
    </message>
    <message>
        <source>set the host, port and security of the source and the destination in the batch settings.</source>
        <translation>Legen Sie Host, Port und Verschlüsselung von Quelle und Ziel in den Einstellungen des Batches fest.</translation>
    </message>
    <message>
        <source>the user names come from the account list.</source>
        <translation>Die Benutzernamen stammen aus der Kontoliste.</translation>
    </message>
    <message>
        <source>choose the provider preset (Gmail, Microsoft 365, Exchange, Domino) in the host settings of the batch.</source>
        <translation>Wählen Sie die Anbieter-Voreinstellung (Gmail, Microsoft 365, Exchange, Domino) in den Host-Einstellungen des Batches.</translation>
    </message>
    <message>
        <source>use the “Dry run” option of the batch instead.</source>
        <translation>Verwenden Sie stattdessen die Option „Probelauf“ des Batches.</translation>
    </message>
    <message>
        <source>use the “Check credentials only” option of the batch instead.</source>
        <translation>Verwenden Sie stattdessen die Option „Nur Anmeldedaten prüfen“ des Batches.</translation>
    </message>
    <message>
        <source>use Cancel in ImapDesk to stop jobs.</source>
        <translation>Verwenden Sie „Abbrechen“ in ImapDesk, um Jobs anzuhalten.</translation>
    </message>
    <message>
        <source>it makes imapsync run its self-tests or print information instead of migrating.</source>
        <translation>Es lässt imapsync Selbsttests ausführen oder Informationen ausgeben, statt zu migrieren.</translation>
    </message>
    <message>
        <source>ImapDesk stops jobs with signals and needs the default signal handling of imapsync.</source>
        <translation>ImapDesk hält Jobs mit Signalen an und braucht die Standard-Signalbehandlung von imapsync.</translation>
    </message>
    <message>
        <source>ImapDesk sets it from the version of the installed imapsync.</source>
        <translation>ImapDesk setzt es anhand der Version des installierten imapsync.</translation>
    </message>
    <message>
        <source>%1 (short for %2)</source>
        <translation>%1 (kurz für %2)</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it could mean %2. Write the option in full.</source>
        <translation>%1 ist mehrdeutig: Es könnte %2 bedeuten. Schreiben Sie die Option aus.</translation>
    </message>
    <message>
        <source>imapsync %1 does not know %2: that version stops at once with a usage error (exit code 64). Check the spelling, unless the installed imapsync is newer.</source>
        <translation>imapsync %1 kennt %2 nicht: Diese Version bricht sofort mit einem Aufruffehler ab (Exit-Code 64). Prüfen Sie die Schreibweise, sofern das installierte imapsync nicht neuer ist.</translation>
    </message>
    <message>
        <source>%1 is not allowed in the extra arguments: %2</source>
        <translation>%1 ist in den zusätzlichen Argumenten nicht erlaubt: %2</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 expects a whole number, not “%2”.</source>
        <translation>%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 expects a number, not “%2”.</source>
        <translation>%1 erwartet eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 expects KEY=VALUE, e.g. SSL_verify_mode=1.</source>
        <translation>%1 erwartet SCHLÜSSEL=WERT, z. B. SSL_verify_mode=1.</translation>
    </message>
    <message>
        <source>Argument %1 is not an option and no option before it takes a value.</source>
        <translation>Argument %1 ist keine Option, und keine Option davor nimmt einen Wert an.</translation>
    </message>
    <message>
        <source>Argument %1 (“%2”) is not an option and no option before it takes a value.</source>
        <translation>Argument %1 („%2“) ist keine Option, und keine Option davor nimmt einen Wert an.</translation>
    </message>
    <message>
        <source>imapsync would stop with “Found 1 extra arguments”. Quote values that contain blanks.</source>
        <translation>imapsync würde mit „Found 1 extra arguments“ abbrechen. Setzen Sie Werte, die Leerzeichen enthalten, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Did you mean --delete2?</source>
        <translation>Meinten Sie --delete2?</translation>
    </message>
    <message>
        <source>The source host is empty: imapsync would only test a connection and report success.</source>
        <translation>Der Quellhost ist leer: imapsync würde nur eine Verbindung testen und Erfolg melden.</translation>
    </message>
    <message>
        <source>The destination host is empty: imapsync would only test a connection and report success.</source>
        <translation>Der Zielhost ist leer: imapsync würde nur eine Verbindung testen und Erfolg melden.</translation>
    </message>
    <message>
        <source>The source user is empty: imapsync would only test a connection and report success.</source>
        <translation>Der Quellbenutzer ist leer: imapsync würde nur eine Verbindung testen und Erfolg melden.</translation>
    </message>
    <message>
        <source>The destination user is empty: imapsync would only test a connection and report success.</source>
        <translation>Der Zielbenutzer ist leer: imapsync würde nur eine Verbindung testen und Erfolg melden.</translation>
    </message>
    <message>
        <source>The provider preset of the source connects with SSL: set its security to SSL.</source>
        <translation>Die Anbieter-Voreinstellung der Quelle verbindet sich mit SSL: Stellen Sie die Verschlüsselung der Quelle auf SSL.</translation>
    </message>
    <message>
        <source>The provider preset of the destination connects with SSL: set its security to SSL.</source>
        <translation>Die Anbieter-Voreinstellung des Ziels verbindet sich mit SSL: Stellen Sie die Verschlüsselung des Ziels auf SSL.</translation>
    </message>
    <message>
        <source>The password file of the source must be an absolute path.</source>
        <translation>Die Passwortdatei der Quelle muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>The password file of the destination must be an absolute path.</source>
        <translation>Die Passwortdatei des Ziels muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>The source password cannot be passed through the environment (imapsync ignores an empty password or a lone zero there): a password file is needed for it.</source>
        <translation>Das Passwort der Quelle kann nicht über die Umgebung übergeben werden (imapsync ignoriert dort ein leeres Passwort oder eine einzelne Null): Dafür ist eine Passwortdatei nötig.</translation>
    </message>
    <message>
        <source>The destination password cannot be passed through the environment (imapsync ignores an empty password or a lone zero there): a password file is needed for it.</source>
        <translation>Das Passwort des Ziels kann nicht über die Umgebung übergeben werden (imapsync ignoriert dort ein leeres Passwort oder eine einzelne Null): Dafür ist eine Passwortdatei nötig.</translation>
    </message>
    <message>
        <source>Each job needs its own pid file, given as an absolute path: imapsync&apos;s default one is shared by all its runs.</source>
        <translation>Jeder Job braucht eine eigene PID-Datei mit absolutem Pfad: Die Standarddatei von imapsync teilen sich alle seine Läufe.</translation>
    </message>
    <message>
        <source>The log file must be an absolute path: imapsync would put a relative one under LOG_imapsync in its working directory.</source>
        <translation>Die Protokolldatei muss ein absoluter Pfad sein: imapsync würde eine relative Datei unter LOG_imapsync in seinem Arbeitsverzeichnis ablegen.</translation>
    </message>
    <message>
        <source>The extra arguments are refused: %1</source>
        <translation>Die zusätzlichen Argumente werden abgelehnt: %1</translation>
    </message>
    <message>
        <source>No imapsync program is set.</source>
        <translation>Kein imapsync-Programm festgelegt.</translation>
    </message>
    <message>
        <source>The accepted certificate of the source is not a SHA-256 fingerprint.</source>
        <translation>Das akzeptierte Zertifikat der Quelle ist kein SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>The accepted certificate of the destination is not a SHA-256 fingerprint.</source>
        <translation>Das akzeptierte Zertifikat des Ziels ist kein SHA-256-Fingerabdruck.</translation>
    </message>
</context>
<context>
    <name>ImapsyncLocator</name>
    <message>
        <source>Install imapsync (https://imapsync.lamiral.info/#install): on Debian or Ubuntu follow INSTALL.Debian.txt there, on macOS run &apos;brew install imapsync&apos;, on Windows put imapsync.exe next to imapdesk.exe. Or give its full path with --imapsync, the IMAPDESK_IMAPSYNC variable or the settings.</source>
        <translation>Installieren Sie imapsync (https://imapsync.lamiral.info/#install): Folgen Sie unter Debian oder Ubuntu der dortigen Anleitung INSTALL.Debian.txt, führen Sie unter macOS &apos;brew install imapsync&apos; aus, legen Sie unter Windows imapsync.exe neben imapdesk.exe. Oder geben Sie den vollständigen Pfad mit --imapsync, der Variablen IMAPDESK_IMAPSYNC oder in den Einstellungen an.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not the imapsync program.</source>
        <translation>%1 ist ein Ordner, nicht das imapsync-Programm.</translation>
    </message>
    <message>
        <source>%1 is not executable (on Linux and macOS: chmod +x).</source>
        <translation>%1 ist nicht ausführbar (unter Linux und macOS: chmod +x).</translation>
    </message>
    <message>
        <source>PATH (%1)</source>
        <translation>PATH (%1)</translation>
    </message>
    <message>
        <source>imapsync was not found. ImapDesk looked in: %1. %2</source>
        <translation>imapsync wurde nicht gefunden. ImapDesk hat gesucht in: %1. %2</translation>
    </message>
</context>
<context>
    <name>ImapsyncProbe</name>
    <message>
        <source>%1 --version did not answer within %2 s.</source>
        <translation>%1 --version hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 --version printed no imapsync version: is it imapsync?</source>
        <translation>%1 --version hat keine imapsync-Version ausgegeben: Ist das wirklich imapsync?</translation>
    </message>
</context>
<context>
    <name>ImapsyncVersion</name>
    <message>
        <source>imapsync %1 is too old: it cannot read passwords from ImapDesk, so jobs fail. Install imapsync %2 or newer.</source>
        <extracomment>%1 is the version found, such as 1.700</extracomment>
        <translation>imapsync %1 ist zu alt: Es kann keine Passwörter von ImapDesk lesen, daher schlagen Jobs fehl. Installieren Sie imapsync %2 oder neuer.</translation>
    </message>
    <message>
        <source>imapsync %1 is older than %2, the oldest version known to work with ImapDesk: progress or verdicts may be wrong. Update imapsync if jobs misbehave.</source>
        <extracomment>%1 is the version found, such as 2.100; %2 the oldest tested, 2.229</extracomment>
        <translation>imapsync %1 ist älter als %2, die älteste Version, von der bekannt ist, dass sie mit ImapDesk funktioniert: Fortschritt oder Ergebnisse können falsch sein. Aktualisieren Sie imapsync, wenn sich Jobs seltsam verhalten.</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Needs password</source>
        <translation>Passwort benötigt</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>The password was not sent: the connection to %1:%2 is not encrypted. Allow clear text for this server to check it anyway.</source>
        <translation>Das Passwort wurde nicht gesendet: Die Verbindung zu %1:%2 ist nicht verschlüsselt. Erlauben Sie Klartext für diesen Server, um ihn trotzdem zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ProbeResult</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Certificate or TLS problem</source>
        <translation>Zertifikats- oder TLS-Problem</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1 jobs</source>
        <extracomment>Jobs ended out of all jobs of a batch (&quot;3/50&quot;)</extracomment>
        <translation>%1 Jobs</translation>
    </message>
    <message>
        <source>%1 jobs, %2 messages</source>
        <extracomment>Jobs ended, then messages copied, of a batch (&quot;3/50&quot;, &quot;1,234/5,678&quot;)</extracomment>
        <translation>%1 Jobs, %2 Nachrichten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A number of jobs and their state (&quot;5 Succeeded&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Microsoft Exchange (on-premises)</source>
        <translation>Microsoft Exchange (lokal)</translation>
    </message>
    <message>
        <source>HCL Domino</source>
        <translation>HCL Domino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not prepare the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Could not open the database %1: the Qt SQL driver %2 is not installed.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: Der Qt-SQL-Treiber %2 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not set up the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Could not open the database %1: the folder %2 cannot be created.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A batch needs at least one account.</source>
        <translation>Ein Batch braucht mindestens ein Konto.</translation>
    </message>
    <message>
        <source>A batch needs a source and a destination host.</source>
        <translation>Ein Batch braucht einen Quell- und einen Zielhost.</translation>
    </message>
    <message>
        <source>Could not add the batch</source>
        <translation>Der Batch konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>batch %1, to start after, does not exist.</source>
        <translation>Batch %1, nach dem gestartet werden soll, existiert nicht.</translation>
    </message>
    <message>
        <source>Could not archive batch %1</source>
        <translation>Batch %1 konnte nicht archiviert werden</translation>
    </message>
    <message>
        <source>Could not unarchive batch %1</source>
        <translation>Batch %1 konnte nicht aus dem Archiv geholt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the batch are still running; cancel them first.</source>
        <translation>
            <numerusform>%n Job des Batches läuft noch; brechen Sie ihn zuerst ab.</numerusform>
            <numerusform>%n Jobs des Batches laufen noch; brechen Sie sie zuerst ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no batch %1.</source>
        <translation>Es gibt keinen Batch %1.</translation>
    </message>
    <message>
        <source>Could not delete batch %1</source>
        <translation>Batch %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not claim a job</source>
        <translation>Es konnte kein Job übernommen werden</translation>
    </message>
    <message>
        <source>Could not start the batches waiting for others</source>
        <translation>Die auf andere Batches wartenden Batches konnten nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not record the start of attempt %1</source>
        <translation>Der Start von Versuch %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the progress of attempt %1</source>
        <translation>Der Fortschritt von Versuch %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not record the end of attempt %1</source>
        <translation>Das Ende von Versuch %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>imapsync did not start</source>
        <translation>imapsync ist nicht gestartet</translation>
    </message>
    <message>
        <source>there is no attempt %1.</source>
        <translation>Es gibt keinen Versuch %1.</translation>
    </message>
    <message>
        <source>Could not renew the claims of this runner</source>
        <translation>Die Reservierungen dieses ausführenden Prozesses konnten nicht erneuert werden</translation>
    </message>
    <message>
        <source>Could not read the cancel requests</source>
        <translation>Die Abbruchanforderungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not cancel batch %1</source>
        <translation>Batch %1 konnte nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Could not cancel the jobs</source>
        <translation>Die Jobs konnten nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Could not retry batch %1</source>
        <translation>Batch %1 konnte nicht wiederholt werden</translation>
    </message>
    <message>
        <source>there is no job %1.</source>
        <translation>Es gibt keinen Job %1.</translation>
    </message>
    <message>
        <source>Could not retry job %1</source>
        <translation>Job %1 konnte nicht wiederholt werden</translation>
    </message>
    <message>
        <source>Could not list the running attempts</source>
        <translation>Die laufenden Versuche konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not mark the interrupted jobs</source>
        <translation>Die unterbrochenen Jobs konnten nicht markiert werden</translation>
    </message>
    <message>
        <source>Could not list the batches</source>
        <translation>Die Batches konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not read batch %1</source>
        <translation>Batch %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not list the jobs of batch %1</source>
        <translation>Die Jobs von Batch %1 konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not read job %1</source>
        <translation>Job %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not list the attempts of job %1</source>
        <translation>Die Versuche von Job %1 konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not read the totals</source>
        <translation>Die Summen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>it was created by a newer ImapDesk (schema version %1; this ImapDesk knows up to version %2). Upgrade ImapDesk to use it.</source>
        <translation>Sie wurde von einem neueren ImapDesk angelegt (Schemaversion %1; dieses ImapDesk kennt bis Version %2). Aktualisieren Sie ImapDesk, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1 (database %2): %3</source>
        <translation>%1 (Datenbank %2): %3</translation>
    </message>
    <message>
        <source>its id is missing from database_info</source>
        <translation>Die ID der Datenbank fehlt in database_info</translation>
    </message>
    <message>
        <source>Could not save the progress of running jobs</source>
        <translation>Der Fortschritt laufender Jobs konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Passwords missing</source>
        <translation>Passwörter fehlen</translation>
    </message>
    <message>
        <source>a row of table %1 lost the row it refers to in %2</source>
        <translation>Eine Zeile der Tabelle %1 hat die Zeile in %2 verloren, auf die sie verweist</translation>
    </message>
</context>
<context>
    <name>TicketSummary</name>
    <message>
        <source>%1 (exit %2)</source>
        <translation>%1 (Exit-Code %2)</translation>
    </message>
    <message>
        <source>ImapDesk batch %1%2</source>
        <translation>ImapDesk-Batch %1%2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 nach %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was copied.</source>
        <translation>Probelauf: Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Credentials check only (--justlogin).</source>
        <translation>Nur Prüfung der Anmeldedaten (--justlogin).</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Konten: %1</translation>
    </message>
    <message>
        <source>Messages copied: %1, data copied: %2</source>
        <translation>Kopierte Nachrichten: %1, kopierte Daten: %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>- %1 -&gt; %2: %3</source>
        <translation>- %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>Accounts that did not succeed:</source>
        <translation>Nicht erfolgreiche Konten:</translation>
    </message>
</context>
<context>
    <name>TlsCertificate</name>
    <message>
        <source>The certificate is self-signed: no certificate authority vouches for it.</source>
        <translation>Das Zertifikat ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür.</translation>
    </message>
    <message>
        <source>The certificate was issued for another name than this server&apos;s.</source>
        <translation>Das Zertifikat wurde für einen anderen Namen als den dieses Servers ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet (is this computer&apos;s clock right?).</source>
        <translation>Das Zertifikat ist noch nicht gültig (geht die Uhr dieses Computers richtig?).</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust.</source>
        <translation>Das Zertifikat wurde von einer Stelle ausgestellt, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>Das Zertifikat wurde widerrufen.</translation>
    </message>
    <message>
        <source>The certificate is invalid.</source>
        <translation>Das Zertifikat ist ungültig.</translation>
    </message>
</context>
<context>
    <name>imapdesk::AboutDialog</name>
    <message>
        <source>About ImapDesk</source>
        <translation>Über ImapDesk</translation>
    </message>
    <message>
        <source>ImapDesk %1</source>
        <translation>ImapDesk %1</translation>
    </message>
    <message>
        <source>Migrates mailboxes between IMAP servers in batches with imapsync.</source>
        <translation>Migriert Postfächer in Batches mit imapsync zwischen IMAP-Servern.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>built with %1, running %2</source>
        <translation>kompiliert mit %1, läuft mit %2</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>imapsync:</source>
        <translation>imapsync:</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>imapsync, by Gilles Lamiral: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>imapsync, von Gilles Lamiral: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy these facts as plain text, for a support ticket</source>
        <translation>Diese Angaben als reinen Text kopieren, für ein Support-Ticket</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>%1, version unknown: %2</source>
        <translation>%1, Version unbekannt: %2</translation>
    </message>
</context>
<context>
    <name>imapdesk::AccountListPanel</name>
    <message>
        <source>example.com (optional)</source>
        <translation>example.com (optional)</translation>
    </message>
    <message>
        <source>Paste accounts here, one per line:
user1 password1
user1 password1 user2 password2
Separators: spaces, tabs, comma, semicolon or |. Quote passwords with spaces.
Or import a .txt, .csv or .tsv file (Ctrl+O), or drop it on the window.</source>
        <translation>Konten hier einfügen, eines pro Zeile:
user1 password1
user1 password1 user2 password2
Trennzeichen: Leerzeichen, Tabulatoren, Komma, Semikolon oder |. Passwörter mit Leerzeichen in Anführungszeichen setzen.
Oder eine .txt-, .csv- oder .tsv-Datei importieren (Strg+O) oder auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation>Standard-&amp;Domain:</translation>
    </message>
    <message>
        <source>Not a domain name such as example.com</source>
        <translation>Kein Domainname wie example.com</translation>
    </message>
    <message>
        <source>Cannot read %1:
%2</source>
        <translation>%1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Accounts ready: %1 · Rejected lines: %2 · Duplicates: %3</source>
        <translation>Konten bereit: %1 · Abgelehnte Zeilen: %2 · Duplikate: %3</translation>
    </message>
    <message>
        <source>Import account list</source>
        <translation>Kontoliste importieren</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.

%2

Read it as Windows-1252 (Western European) instead? Check the preview carefully: a wrong guess changes accented characters in passwords.</source>
        <translation>%1 ist kein UTF-8-Text.

%2

Stattdessen als Windows-1252 (Westeuropäisch) lesen? Prüfen Sie die Vorschau sorgfältig: Eine falsche Annahme verändert Umlaute und andere Sonderzeichen in Passwörtern.</translation>
    </message>
    <message>
        <source>Load a sample list</source>
        <translation>Beispielliste laden</translation>
    </message>
    <message>
        <source>Shows the formats ImapDesk reads, in the paste box</source>
        <translation>Zeigt im Einfügefeld die Formate, die ImapDesk liest</translation>
    </message>
</context>
<context>
    <name>imapdesk::AccountPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Duplicate of line %1, skipped</source>
        <translation>Duplikat von Zeile %1, übersprungen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Source user</source>
        <translation>Quellbenutzer</translation>
    </message>
    <message>
        <source>Destination user</source>
        <translation>Zielbenutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source check</source>
        <translation>Quellprüfung</translation>
    </message>
    <message>
        <source>Destination check</source>
        <translation>Zielprüfung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>TLS-Problem</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <source>Not encrypted: login not tried</source>
        <translation>Nicht verschlüsselt: Anmeldung nicht versucht</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server antwortete: %1</translation>
    </message>
    <message>
        <source>Certificate accepted by you in spite of: %1</source>
        <translation>Zertifikat von Ihnen akzeptiert trotz: %1</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>name mismatch</source>
        <translation>Name stimmt nicht überein</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>untrusted issuer</source>
        <translation>nicht vertrauenswürdiger Aussteller</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>imapdesk::BatchListModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (cancelling)</source>
        <translation>%1 (wird abgebrochen)</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation>%1, archiviert</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Source → destination</source>
        <translation>Quelle → Ziel</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>imapdesk::BatchRunner</name>
    <message>
        <source>imapsync %1 is too old: ImapDesk needs 1.782 or newer, which reads passwords from the environment.</source>
        <translation>imapsync %1 ist zu alt: ImapDesk braucht 1.782 oder neuer, da diese Versionen Passwörter aus der Umgebung lesen.</translation>
    </message>
    <message>
        <source>job %1 started: %2</source>
        <translation>Job %1 gestartet: %2</translation>
    </message>
    <message>
        <source>job %1 %2: %3 (%4)</source>
        <translation>Job %1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Stopping: running jobs end as cancelled, queued jobs stay queued (run &apos;imapdesk batch run&apos; again to continue).</source>
        <translation>Wird angehalten: Laufende Jobs enden als abgebrochen, Jobs in der Warteschlange bleiben dort (&apos;imapdesk batch run&apos; erneut ausführen, um fortzufahren).</translation>
    </message>
    <message>
        <source>succeeded: %1, not succeeded: %2</source>
        <translation>erfolgreich: %1, nicht erfolgreich: %2</translation>
    </message>
    <message>
        <source>  enter them with: imapdesk batch passwords %1 ACCOUNT_LIST</source>
        <translation>  Passwörter eingeben mit: imapdesk batch passwords %1 ACCOUNT_LIST</translation>
    </message>
</context>
<context>
    <name>imapdesk::DashboardDialog</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>Batches:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <source>Accounts migrated:</source>
        <translation>Migrierte Konten:</translation>
    </message>
    <message>
        <source>Total run time:</source>
        <translation>Gesamtlaufzeit:</translation>
    </message>
    <message>
        <source>imapsync process time:</source>
        <translation>imapsync-Prozesszeit:</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>imapdesk::DatabasePasswordField</name>
    <message>
        <source>Forge&amp;t</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>Remove the saved password from the system keyring when you click OK</source>
        <translation>Das gespeicherte Passwort beim Klick auf OK aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
    <message>
        <source>Looking in the system keyring…</source>
        <translation>Schlüsselbund des Systems wird abgefragt…</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>The saved password is removed when you click OK.</source>
        <translation>Das gespeicherte Passwort wird beim Klick auf OK entfernt.</translation>
    </message>
    <message>
        <source>A password for this database is saved in the system keyring.</source>
        <translation>Für diese Datenbank ist ein Passwort im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>A password for this database is kept in memory until ImapDesk ends; it is not saved anywhere.</source>
        <translation>Ein Passwort für diese Datenbank wird bis zum Beenden von ImapDesk im Arbeitsspeicher gehalten; es wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used (%1). A password entered here is kept in memory until ImapDesk ends, never written to disk.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (%1). Ein hier eingegebenes Passwort wird bis zum Beenden von ImapDesk im Arbeitsspeicher gehalten und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>No password saved for this database: the PostgreSQL client reads PGPASSWORD or ~/.pgpass.</source>
        <translation>Kein Passwort für diese Datenbank gespeichert: Der PostgreSQL-Client liest PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>The saved PostgreSQL password cannot be removed from the system keyring: %1</source>
        <translation>Das gespeicherte PostgreSQL-Passwort kann nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <source>Saving the password in the system keyring…</source>
        <translation>Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The PostgreSQL password cannot be saved in the system keyring: %1

ImapDesk keeps it in memory until it ends and never writes it to disk. For the next start, save it again once the keyring works, or put it in PGPASSWORD or ~/.pgpass.</source>
        <translation>Das PostgreSQL-Passwort kann nicht im Schlüsselbund des Systems gespeichert werden: %1

ImapDesk hält es bis zum Beenden im Arbeitsspeicher und schreibt es nie auf die Festplatte. Speichern Sie es für den nächsten Start erneut, sobald der Schlüsselbund funktioniert, oder legen Sie es in PGPASSWORD oder ~/.pgpass ab.</translation>
    </message>
</context>
<context>
    <name>imapdesk::EndpointEditor</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Server name or address, optionally with :port. Short names are completed by the host shortcuts of the settings.</source>
        <translation>Servername oder -adresse, optional mit :Port. Kurznamen werden durch die Host-Kürzel aus den Einstellungen ergänzt.</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Voreinstellung anwenden</translation>
    </message>
    <message>
        <source>Leave empty for the usual port of the security mode.</source>
        <translation>Leer lassen für den üblichen Port der Verschlüsselung.</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Adds imapsync&apos;s options for this provider (--gmail1, --office2...).</source>
        <translation>Fügt die imapsync-Optionen für diesen Anbieter hinzu (--gmail1, --office2...).</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <source>P&amp;rovider preset:</source>
        <translation>Anbie&amp;ter-Voreinstellung:</translation>
    </message>
    <message>
        <source>Pro&amp;vider preset:</source>
        <translation>A&amp;nbieter-Voreinstellung:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 looks like %2: imapsync has a preset for it (%3).</source>
        <translation>%1 sieht nach %2 aus: imapsync hat dafür eine Voreinstellung (%3).</translation>
    </message>
    <message>
        <source>Enter the source server.</source>
        <translation>Geben Sie den Quellserver ein.</translation>
    </message>
    <message>
        <source>Enter the destination server.</source>
        <translation>Geben Sie den Zielserver ein.</translation>
    </message>
    <message>
        <source>%1 is not a port number (1-65535).</source>
        <translation>%1 ist keine Portnummer (1-65535).</translation>
    </message>
    <message>
        <source>Two different ports: %1 in the host field and %2 in the port field.</source>
        <translation>Zwei verschiedene Ports: %1 im Host-Feld und %2 im Port-Feld.</translation>
    </message>
</context>
<context>
    <name>imapdesk::ExtraArgumentsField</name>
    <message>
        <source>e.g. --automap --exclude &apos;^Trash&apos;</source>
        <translation>z. B. --automap --exclude &apos;^Trash&apos;</translation>
    </message>
    <message>
        <source>Added to every imapsync run of the batch, quoted as in a shell. Passwords, log files and servers are set by ImapDesk.</source>
        <translation>Wird an jeden imapsync-Lauf des Batches angehängt, in Anführungszeichen wie in einer Shell. Passwörter, Protokolldateien und Server legt ImapDesk fest.</translation>
    </message>
</context>
<context>
    <name>imapdesk::ImapsyncSetupPanel</name>
    <message>
        <source>ImapDesk needs imapsync</source>
        <translation>ImapDesk braucht imapsync</translation>
    </message>
    <message>
        <source>Hide until ImapDesk checks imapsync again</source>
        <translation>Ausblenden, bis ImapDesk imapsync erneut prüft</translation>
    </message>
    <message>
        <source>ImapDesk copies mailboxes with &lt;a href=&quot;%1&quot;&gt;imapsync&lt;/a&gt;, a free command-line tool by Gilles Lamiral: it copies every folder and message of a mailbox from one IMAP server to another, and when run again copies only what changed. ImapDesk runs one imapsync per mailbox. Until it is there, batches wait; the history, the logs and the settings work as usual.</source>
        <translation>ImapDesk kopiert Postfächer mit &lt;a href=&quot;%1&quot;&gt;imapsync&lt;/a&gt;, einem freien Befehlszeilenwerkzeug von Gilles Lamiral: Es kopiert jeden Ordner und jede Nachricht eines Postfachs von einem IMAP-Server auf einen anderen und kopiert bei einem erneuten Lauf nur, was sich geändert hat. ImapDesk führt ein imapsync pro Postfach aus. Solange es fehlt, warten die Batches; Verlauf, Protokolle und Einstellungen funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>&amp;Choose imapsync…</source>
        <translation>imapsync aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Saved in Settings → imapsync</source>
        <translation>Wird unter Einstellungen → imapsync gespeichert</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Look for imapsync again, e.g. after installing it</source>
        <translation>Erneut nach imapsync suchen, z. B. nach der Installation</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Windows:&lt;/b&gt; download imapsync.exe from &lt;a href=&quot;%1&quot;&gt;imapsync&apos;s site&lt;/a&gt;, put it next to imapdesk.exe or in any folder, then choose it here.</source>
        <translation>&lt;b&gt;Unter Windows:&lt;/b&gt; Laden Sie imapsync.exe von der &lt;a href=&quot;%1&quot;&gt;Website von imapsync&lt;/a&gt; herunter, legen Sie es neben imapdesk.exe oder in einen beliebigen Ordner und wählen Sie es dann hier aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On macOS:&lt;/b&gt; install &lt;a href=&quot;https://brew.sh/&quot;&gt;Homebrew&lt;/a&gt;, run &lt;tt&gt;brew install imapsync&lt;/tt&gt; in Terminal, then click Check Again. Or download it from &lt;a href=&quot;%1&quot;&gt;imapsync&apos;s site&lt;/a&gt; and choose it here.</source>
        <translation>&lt;b&gt;Unter macOS:&lt;/b&gt; Installieren Sie &lt;a href=&quot;https://brew.sh/&quot;&gt;Homebrew&lt;/a&gt;, führen Sie im Terminal &lt;tt&gt;brew install imapsync&lt;/tt&gt; aus und klicken Sie dann auf „Erneut prüfen“. Oder laden Sie es von der &lt;a href=&quot;%1&quot;&gt;Website von imapsync&lt;/a&gt; herunter und wählen Sie es hier aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Linux:&lt;/b&gt; Debian and Ubuntu do not package imapsync. Download it from &lt;a href=&quot;%1&quot;&gt;imapsync&apos;s site&lt;/a&gt;, install the Perl modules its INSTALL.Debian.txt lists, make it executable (&lt;tt&gt;chmod +x imapsync&lt;/tt&gt;) and put it in &lt;tt&gt;/usr/local/bin&lt;/tt&gt;, then click Check Again; or choose the file here.</source>
        <translation>&lt;b&gt;Unter Linux:&lt;/b&gt; Debian und Ubuntu paketieren imapsync nicht. Laden Sie es von der &lt;a href=&quot;%1&quot;&gt;Website von imapsync&lt;/a&gt; herunter, installieren Sie die Perl-Module, die seine INSTALL.Debian.txt aufführt, machen Sie es ausführbar (&lt;tt&gt;chmod +x imapsync&lt;/tt&gt;), legen Sie es in &lt;tt&gt;/usr/local/bin&lt;/tt&gt; ab und klicken Sie dann auf „Erneut prüfen“; oder wählen Sie die Datei hier aus.</translation>
    </message>
    <message>
        <source>imapsync (imapsync.exe);;Programs (*.exe);;All files (*)</source>
        <translation>imapsync (imapsync.exe);;Programme (*.exe);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the imapsync program</source>
        <translation>imapsync-Programm auswählen</translation>
    </message>
</context>
<context>
    <name>imapdesk::JobListModel</name>
    <message>
        <source>%1 (stopping)</source>
        <translation>%1 (wird angehalten)</translation>
    </message>
    <message>
        <source>Folder %1/%2: %3</source>
        <translation>Ordner %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Runner stopped</source>
        <translation>Ausführender Prozess beendet</translation>
    </message>
    <message>
        <source>The program running this job stopped (crash, reboot) before imapsync ended. Resume the batch to carry on where it stopped.</source>
        <translation>Das Programm, das diesen Job ausgeführt hat, wurde beendet (Absturz, Neustart), bevor imapsync fertig war. Setzen Sie den Batch fort, um dort weiterzumachen, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Source → destination user</source>
        <translation>Quell- → Zielbenutzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Job ▸ Enter Passwords… (or a double click) asks for them; Batch ▸ Import Passwords from Account List… reads them from the batch&apos;s list.</source>
        <translation>Job ▸ Passwörter eingeben… (oder ein Doppelklick) fragt sie ab; Batch ▸ Passwörter aus Kontoliste importieren… liest sie aus der Liste des Batches.</translation>
    </message>
</context>
<context>
    <name>imapdesk::JobLogFile</name>
    <message>
        <source>The log file must be given as an absolute path: &quot;%1&quot;.</source>
        <translation>Die Protokolldatei muss als absoluter Pfad angegeben werden: „%1“.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be opened for writing: %2</source>
        <translation>Die Protokolldatei %1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The log file %1 could not be written (%2): the output after that point is missing from it.</source>
        <translation>Die Protokolldatei %1 konnte nicht geschrieben werden (%2): Die Ausgabe ab dieser Stelle fehlt darin.</translation>
    </message>
</context>
<context>
    <name>imapdesk::JobProcess</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>ImapDesk %1, job %2, attempt %3, started at %4: %5</source>
        <translation>ImapDesk %1, Job %2, Versuch %3, gestartet um %4: %5</translation>
    </message>
    <message>
        <source>The run folder of the job must be an absolute path: &quot;%1&quot;.</source>
        <translation>Der Laufzeitordner des Jobs muss ein absoluter Pfad sein: „%1“.</translation>
    </message>
    <message>
        <source>The password file of the source cannot be written: %1</source>
        <translation>Die Passwortdatei der Quelle kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The password file of the destination cannot be written: %1</source>
        <translation>Die Passwortdatei des Ziels kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>imapsync could not be started from %1: %2</source>
        <translation>imapsync konnte nicht aus %1 gestartet werden: %2</translation>
    </message>
    <message>
        <source>ImapDesk: imapsync did not run: %1</source>
        <translation>ImapDesk: imapsync wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Stopped before imapsync was started.</source>
        <translation>Angehalten, bevor imapsync gestartet wurde.</translation>
    </message>
</context>
<context>
    <name>imapdesk::JobScheduler</name>
    <message>
        <source>Could not recover jobs left running by a crash</source>
        <translation>Durch einen Absturz hängengebliebene Jobs konnten nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Could not recover jobs of runners that stopped answering</source>
        <translation>Jobs von nicht mehr antwortenden ausführenden Prozessen konnten nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Could not start chained batches</source>
        <translation>Verkettete Batches konnten nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not take the next job</source>
        <translation>Der nächste Job konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>The passwords of this account could not be read: %1</source>
        <translation>Die Passwörter dieses Kontos konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not record the start of a job</source>
        <translation>Der Start eines Jobs konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not record the end of a job</source>
        <translation>Das Ende eines Jobs konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not record a job that failed to start</source>
        <translation>Ein fehlgeschlagener Jobstart konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save the progress of a job</source>
        <translation>Der Fortschritt eines Jobs konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not renew this runner&apos;s claims</source>
        <translation>Die Reservierungen dieses ausführenden Prozesses konnten nicht erneuert werden</translation>
    </message>
    <message>
        <source>Could not check for cancelled jobs</source>
        <translation>Abgebrochene Jobs konnten nicht abgefragt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not remove the passwords of a job that succeeded from the keychain</source>
        <translation>Die Passwörter eines erfolgreichen Jobs konnten nicht aus dem Schlüsselbund entfernt werden</translation>
    </message>
    <message>
        <source>The passwords of this account are not in the keychain of this computer (%1). Enter them again to run the job.</source>
        <translation>Die Passwörter dieses Kontos sind nicht im Schlüsselbund dieses Computers (%1). Geben Sie sie erneut ein, um den Job auszuführen.</translation>
    </message>
</context>
<context>
    <name>imapdesk::LogFindBar</name>
    <message>
        <source>Find in log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>imapdesk::LogView</name>
    <message>
        <source>Save a Copy of the Log</source>
        <translation>Kopie des Protokolls speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>This is the log file itself.</source>
        <translation>Das ist die Protokolldatei selbst.</translation>
    </message>
    <message>
        <source>&amp;Open Full Log</source>
        <translation>&amp;Vollständiges Protokoll öffnen</translation>
    </message>
    <message>
        <source>Open the whole log file in the system&apos;s viewer</source>
        <translation>Die ganze Protokolldatei im Standardbetrachter des Systems öffnen</translation>
    </message>
    <message>
        <source>&amp;Save a Copy of the Log…</source>
        <translation>Kopie des Protokolls &amp;speichern…</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Find in Log…</source>
        <translation>&amp;Im Protokoll suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>Lange Zeilen &amp;umbrechen</translation>
    </message>
    <message>
        <source>New lines below</source>
        <translation>Neue Zeilen unten</translation>
    </message>
    <message>
        <source>Go to the end of the log and follow it</source>
        <translation>Zum Ende des Protokolls springen und ihm folgen</translation>
    </message>
    <message>
        <source>Select a job to see its imapsync log.</source>
        <translation>Wählen Sie einen Job aus, um sein imapsync-Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>Waiting for imapsync to create its log…</source>
        <translation>Warten, bis imapsync sein Protokoll anlegt…</translation>
    </message>
    <message>
        <source>Cannot read the log file %1:
%2</source>
        <translation>Die Protokolldatei %1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <source>Waiting for imapsync output…</source>
        <translation>Warten auf Ausgabe von imapsync…</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Das Protokoll ist leer.</translation>
    </message>
    <message>
        <source>Open Full Log</source>
        <translation>Vollständiges Protokoll öffnen</translation>
    </message>
    <message>
        <source>No application could open %1.
Use &quot;Save a Copy…&quot; and open the copy with a text editor.</source>
        <translation>Keine Anwendung konnte %1 öffnen.
Verwenden Sie „Kopie speichern…“ und öffnen Sie die Kopie mit einem Texteditor.</translation>
    </message>
    <message>
        <source>Could not save a copy of the log to %1:
%2</source>
        <translation>Die Kopie des Protokolls konnte nicht unter %1 gespeichert werden:
%2</translation>
    </message>
</context>
<context>
    <name>imapdesk::MainWindow</name>
    <message>
        <source>ImapDesk</source>
        <translation>ImapDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Account List…</source>
        <translation>Kontoliste &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ImapDesk</source>
        <translation>Ü&amp;ber ImapDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Import Account List</source>
        <translation>Kontoliste importieren</translation>
    </message>
    <message>
        <source>Account lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Kontolisten (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Search batches: label, domain, user or id</source>
        <translation>Batches suchen: Bezeichnung, Domain, Benutzer oder ID</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <source>Show arch&amp;ived</source>
        <translation>Archivierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Filter accounts of this batch</source>
        <translation>Konten dieses Batches filtern</translation>
    </message>
    <message>
        <source>Show ImapDesk</source>
        <translation>ImapDesk anzeigen</translation>
    </message>
    <message>
        <source>Stop Jobs and Quit</source>
        <translation>Jobs anhalten und beenden</translation>
    </message>
    <message>
        <source>Running: %1 · Queued: %2 · %3</source>
        <translation>Laufend: %1 · In Warteschlange: %2 · %3</translation>
    </message>
    <message>
        <source>imapsync %1</source>
        <translation>imapsync %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping jobs…</source>
        <translation>Jobs werden angehalten…</translation>
    </message>
    <message>
        <source>Not running jobs</source>
        <translation>Führt keine Jobs aus</translation>
    </message>
    <message>
        <source>imapsync not available</source>
        <translation>imapsync nicht verfügbar</translation>
    </message>
    <message>
        <source>Batch %1 has ended: %2 succeeded, %3 did not.</source>
        <translation>Batch %1 ist beendet: %2 erfolgreich, %3 nicht.</translation>
    </message>
    <message>
        <source>Stopping running jobs before quitting…</source>
        <translation>Laufende Jobs werden vor dem Beenden angehalten…</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Jobs laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n imapsync job(s) are still running.</source>
        <translation>
            <numerusform>%n imapsync-Job läuft noch.</numerusform>
            <numerusform>%n imapsync-Jobs laufen noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Them and Quit</source>
        <translation>&amp;Anhalten und beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray</source>
        <translation>Im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Still running in the tray.</source>
        <translation>Läuft im Infobereich weiter.</translation>
    </message>
    <message>
        <source>&amp;New Batch…</source>
        <translation>&amp;Neuer Batch…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Start/Resume</source>
        <translation>&amp;Starten/Fortsetzen</translation>
    </message>
    <message>
        <source>Run the cancelled and interrupted jobs of the batch again</source>
        <translation>Die abgebrochenen und unterbrochenen Jobs des Batches erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Cancel the selected jobs, or the whole batch</source>
        <translation>Die ausgewählten Jobs oder den ganzen Batch abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re-run &amp;Batch (Delta Pass)</source>
        <translation>Batch &amp;erneut ausführen (Delta-Durchlauf)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <source>&amp;Delete Batch…</source>
        <translation>Batch &amp;löschen…</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>Cop&amp;y Summary for a Ticket</source>
        <translation>&amp;Zusammenfassung für Ticket kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Cancel Selected &amp;Jobs</source>
        <translation>Ausgewählte &amp;Jobs abbrechen</translation>
    </message>
    <message>
        <source>Retr&amp;y Selected Jobs</source>
        <translation>Ausgewählte Jobs &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message numerus="yes">
        <source>Saving the passwords of %n account(s) in the keychain…</source>
        <translation>
            <numerusform>Die Passwörter von %n Konto werden im Schlüsselbund gespeichert…</numerusform>
            <numerusform>Die Passwörter von %n Konten werden im Schlüsselbund gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <source>New Batch</source>
        <translation>Neuer Batch</translation>
    </message>
    <message>
        <source>The batch was not added.

%1</source>
        <translation>Der Batch wurde nicht hinzugefügt.

%1</translation>
    </message>
    <message>
        <source>Batch %1 added.</source>
        <translation>Batch %1 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued again.</source>
        <translation>
            <numerusform>%n Job wieder in die Warteschlange gestellt.</numerusform>
            <numerusform>%n Jobs wieder in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Batch</source>
        <translation>Batch abbrechen</translation>
    </message>
    <message>
        <source>Cancel batch %1? Running jobs stop between two messages; queued jobs will not start. Start/Resume runs them again later.</source>
        <translation>Batch %1 abbrechen? Laufende Jobs halten zwischen zwei Nachrichten an; Jobs in der Warteschlange starten nicht. „Starten/Fortsetzen“ führt sie später erneut aus.</translation>
    </message>
    <message numerus="yes">
        <source>Delta pass: %n job(s) queued; imapsync copies only what is missing.</source>
        <translation>
            <numerusform>Delta-Durchlauf: %n Job in die Warteschlange gestellt; imapsync kopiert nur, was fehlt.</numerusform>
            <numerusform>Delta-Durchlauf: %n Jobs in die Warteschlange gestellt; imapsync kopiert nur, was fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Batch</source>
        <translation>Batch löschen</translation>
    </message>
    <message>
        <source>Delete batch %1 with its history, its imapsync logs and its saved passwords? This cannot be undone.</source>
        <translation>Batch %1 mit seinem Verlauf, seinen imapsync-Protokollen und seinen gespeicherten Passwörtern löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Batch %1 deleted.</source>
        <translation>Batch %1 gelöscht.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report was not written to %1:
%2</source>
        <translation>Der Bericht wurde nicht nach %1 geschrieben:
%2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Zusammenfassung in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>imapsync %1 (outdated)</source>
        <translation>imapsync %1 (veraltet)</translation>
    </message>
    <message>
        <source>Enter &amp;Passwords…</source>
        <translation>&amp;Passwörter eingeben…</translation>
    </message>
    <message>
        <source>Enter the passwords of the selected jobs that wait for them</source>
        <translation>Die Passwörter der ausgewählten Jobs eingeben, die auf sie warten</translation>
    </message>
    <message>
        <source>Import &amp;Passwords from Account List…</source>
        <translation>&amp;Passwörter aus Kontoliste importieren…</translation>
    </message>
    <message>
        <source>Give the jobs of the batch that wait for their passwords those of an account list</source>
        <translation>Den Jobs des Batches, die auf ihre Passwörter warten, die Passwörter aus einer Kontoliste geben</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.

Line %2: %3

Read it as Windows-1252 (Western European) instead? A wrong guess changes accented characters in passwords.</source>
        <translation>%1 ist kein UTF-8-Text.

Zeile %2: %3

Stattdessen als Windows-1252 (Westeuropäisch) lesen? Eine falsche Annahme verändert Umlaute und andere Sonderzeichen in Passwörtern.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1:
%2</source>
        <translation>%1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <source>Job %1 has its passwords and is queued again.</source>
        <translation>Job %1 hat seine Passwörter und ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>Import Passwords from Account List</source>
        <translation>Passwörter aus Kontoliste importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) got their passwords and are queued again.</source>
        <translation>
            <numerusform>%n Job hat seine Passwörter erhalten und ist wieder in der Warteschlange.</numerusform>
            <numerusform>%n Jobs haben ihre Passwörter erhalten und sind wieder in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list matched no job of this batch.</source>
        <translation>
            <numerusform>%n Zeile der Liste passte zu keinem Job dieses Batches.</numerusform>
            <numerusform>%n Zeilen der Liste passten zu keinem Job dieses Batches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still wait for their passwords.</source>
        <translation>
            <numerusform>%n Job wartet noch auf seine Passwörter.</numerusform>
            <numerusform>%n Jobs warten noch auf ihre Passwörter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list could not be read.</source>
        <translation>
            <numerusform>%n Zeile der Liste konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Zeilen der Liste konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the passwords of %n job(s) in the keychain…</source>
        <translation>
            <numerusform>Die Passwörter von %n Job werden im Schlüsselbund gespeichert…</numerusform>
            <numerusform>Die Passwörter von %n Jobs werden im Schlüsselbund gespeichert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imapdesk::MigrationService</name>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>imapsync %1 at %2</source>
        <translation>imapsync %1 unter %2</translation>
    </message>
    <message>
        <source>Stopping running jobs…</source>
        <translation>Laufende Jobs werden angehalten…</translation>
    </message>
    <message>
        <source>Cannot save the passwords of line %1: %2</source>
        <translation>Die Passwörter aus Zeile %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The batch is deleted, but its saved passwords could not all be removed from the keychain: %1</source>
        <translation>Der Batch ist gelöscht, aber seine gespeicherten Passwörter konnten nicht alle aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Job %1 has no keychain entry to save its passwords under.</source>
        <translation>Job %1 hat keinen Schlüsselbundeintrag, unter dem seine Passwörter gespeichert werden könnten.</translation>
    </message>
    <message>
        <source>Cannot save the passwords in the keychain: %1</source>
        <translation>Die Passwörter können nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>imapdesk::NewBatchCheck</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>Issued to %1 by %2, valid until %3.</source>
        <translation>Ausgestellt für %1 von %2, gültig bis %3.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1</source>
        <translation>SHA-256-Fingerabdruck:
%1</translation>
    </message>
    <message>
        <source>Trust this certificate for this server?</source>
        <translation>Diesem Zertifikat für diesen Server vertrauen?</translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>%1 offers no encryption: to check the logins, the passwords would travel over the network in clear text, readable on the way.

Send the passwords unencrypted to check the logins on this server?</source>
        <translation>%1 bietet keine Verschlüsselung an: Um die Anmeldungen zu prüfen, würden die Passwörter im Klartext über das Netzwerk übertragen und wären unterwegs lesbar.

Die Passwörter unverschlüsselt senden, um die Anmeldungen an diesem Server zu prüfen?</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>OK, not encrypted</source>
        <translation>OK, nicht verschlüsselt</translation>
    </message>
    <message>
        <source>OK, with the certificate you accepted</source>
        <translation>OK, mit dem von Ihnen akzeptierten Zertifikat</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Source and destination %1</source>
        <translation>Quelle und Ziel %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) OK</source>
        <translation>
            <numerusform>%n Anmeldung OK</numerusform>
            <numerusform>%n Anmeldungen OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not tried</source>
        <translation>
            <numerusform>%n nicht versucht</numerusform>
            <numerusform>%n nicht versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <translation>
            <numerusform>%n wird geprüft</numerusform>
            <numerusform>%n werden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>imapdesk::NewBatchDialog</name>
    <message>
        <source>New Batch</source>
        <translation>Neuer Batch</translation>
    </message>
    <message>
        <source>⇄ S&amp;wap</source>
        <translation>⇄ Ta&amp;uschen</translation>
    </message>
    <message>
        <source>Exchange source and destination</source>
        <translation>Quelle und Ziel vertauschen</translation>
    </message>
    <message>
        <source>e.g. ticket 4711 (optional)</source>
        <translation>z. B. Ticket 4711 (optional)</translation>
    </message>
    <message>
        <source>example.com (optional)</source>
        <translation>example.com (optional)</translation>
    </message>
    <message>
        <source>Added as @domain to every user without one.</source>
        <translation>Wird als @Domain an jeden Benutzer ohne Domain angehängt.</translation>
    </message>
    <message>
        <source>None: start when added</source>
        <translation>Keiner: beim Hinzufügen starten</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Bezeichnung)</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Dry ru&amp;n</source>
        <translation>Probe&amp;lauf</translation>
    </message>
    <message>
        <source>imapsync shows what it would copy and copies nothing (--dry).</source>
        <translation>imapsync zeigt, was es kopieren würde, und kopiert nichts (--dry).</translation>
    </message>
    <message>
        <source>Check credentials onl&amp;y</source>
        <translation>Nur Anmel&amp;dedaten prüfen</translation>
    </message>
    <message>
        <source>Only log in on both sides and stop (--justlogin).</source>
        <translation>Nur auf beiden Seiten anmelden und dann aufhören (--justlogin).</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Read the accounts from a .txt, .csv or .tsv file (%1). You can also drop the file on this dialog.</source>
        <translation>Die Konten aus einer .txt-, .csv- oder .tsv-Datei lesen (%1). Sie können die Datei auch auf diesen Dialog ziehen.</translation>
    </message>
    <message>
        <source>Add &amp;batch</source>
        <translation>Batch hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Acco&amp;unts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Be&amp;zeichnung:</translation>
    </message>
    <message>
        <source>Default &amp;domain:</source>
        <translation>Standard-Do&amp;main:</translation>
    </message>
    <message>
        <source>St&amp;art after batch:</source>
        <translation>&amp;Starten nach Batch:</translation>
    </message>
    <message>
        <source>E&amp;xtra imapsync arguments:</source>
        <translation>Zusätzliche imapsync-Ar&amp;gumente:</translation>
    </message>
    <message>
        <source>Import account list</source>
        <translation>Kontoliste importieren</translation>
    </message>
    <message>
        <source>Account lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Kontolisten (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.com.</source>
        <translation>„%1“ ist kein Domainname wie example.com.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kip the %n rejected line(s)</source>
        <translation>
            <numerusform>%n abgelehnte Zeile ü&amp;berspringen</numerusform>
            <numerusform>%n abgelehnte Zeilen ü&amp;berspringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>No account yet: paste a list, import a file or drop one here.</source>
        <translation>Noch kein Konto: Fügen Sie eine Liste ein, importieren Sie eine Datei oder ziehen Sie eine hierher.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will be queued</source>
        <translation>
            <numerusform>%n Konto wird in die Warteschlange gestellt</numerusform>
            <numerusform>%n Konten werden in die Warteschlange gestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected line(s) skipped</source>
        <translation>
            <numerusform>%n abgelehnte Zeile übersprungen</numerusform>
            <numerusform>%n abgelehnte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected line(s) to fix or skip</source>
        <translation>
            <numerusform>%n abgelehnte Zeile zu korrigieren oder zu überspringen</numerusform>
            <numerusform>%n abgelehnte Zeilen zu korrigieren oder zu überspringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n Duplikat übersprungen</numerusform>
            <numerusform>%n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The account list cannot be read: import another file or paste the accounts.</source>
        <translation>Die Kontoliste kann nicht gelesen werden: Importieren Sie eine andere Datei oder fügen Sie die Konten ein.</translation>
    </message>
    <message>
        <source>Paste or import at least one valid account.</source>
        <translation>Fügen Sie mindestens ein gültiges Konto ein oder importieren Sie eines.</translation>
    </message>
    <message>
        <source>Fix the rejected lines, or tick “Skip the rejected lines”.</source>
        <translation>Korrigieren Sie die abgelehnten Zeilen oder aktivieren Sie „Abgelehnte Zeilen überspringen“.</translation>
    </message>
    <message>
        <source>Correct the extra imapsync arguments.</source>
        <translation>Korrigieren Sie die zusätzlichen imapsync-Argumente.</translation>
    </message>
    <message>
        <source>Stop &amp;checking</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Vor&amp;ab prüfen</translation>
    </message>
    <message>
        <source>Stop the check (%1).</source>
        <translation>Prüfung abbrechen (%1).</translation>
    </message>
    <message>
        <source>Test the connection to both servers and the login of every account, without copying anything (%1).</source>
        <translation>Die Verbindung zu beiden Servern und die Anmeldung jedes Kontos testen, ohne etwas zu kopieren (%1).</translation>
    </message>
</context>
<context>
    <name>imapdesk::OutputPipe</name>
    <message>
        <source>The pipe for the output of imapsync cannot be created: %1</source>
        <translation>Die Pipe für die Ausgabe von imapsync kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Not supported on this platform.</source>
        <translation>Auf dieser Plattform nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>imapdesk::PasswordsDialog</name>
    <message>
        <source>Enter Passwords</source>
        <translation>Passwörter eingeben</translation>
    </message>
    <message>
        <source>The passwords of this job are not in the keychain of this computer. Enter them again; the job is then queued.</source>
        <translation>Die Passwörter dieses Jobs sind nicht im Schlüsselbund dieses Computers. Geben Sie sie erneut ein; der Job wird dann in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Job %1 of %2</source>
        <translation>Job %1 von %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A mailbox and its server: &quot;alice@example.com on imap.example.com&quot;</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Source &amp;password:</source>
        <translation>Quell&amp;passwort:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Destination pass&amp;word:</source>
        <translation>Zielpass&amp;wort:</translation>
    </message>
    <message>
        <source>S&amp;how passwords</source>
        <translation>Passwörter an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Do not ask for the passwords of the remaining jobs</source>
        <translation>Nicht nach den Passwörtern der übrigen Jobs fragen</translation>
    </message>
    <message>
        <source>S&amp;kip This Job</source>
        <translation>Diesen Job ü&amp;berspringen</translation>
    </message>
</context>
<context>
    <name>imapdesk::Settings</name>
    <message>
        <source>The settings cannot be saved in %1.</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The host shortcut rules in %1 are not usable, none is applied. %2</source>
        <translation>Die Host-Kürzel-Regeln in %1 sind nicht verwendbar, keine wird angewendet. %2</translation>
    </message>
    <message>
        <source>The setting %1 in %2 has an unusable value (%3): the default is used.</source>
        <translation>Die Einstellung %1 in %2 hat einen unbrauchbaren Wert (%3): Der Standardwert wird verwendet.</translation>
    </message>
    <message>
        <source>The SQLite file %1 must be given with its full path.</source>
        <translation>Die SQLite-Datei %1 muss mit ihrem vollständigen Pfad angegeben werden.</translation>
    </message>
    <message>
        <source>At most %1 host shortcut rules are allowed.</source>
        <translation>Höchstens %1 Host-Kürzel-Regeln sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsCertificatesPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Certificates you trusted in a pre-flight check although they were self-signed or for another name. The check trusts them again, and new batches tell imapsync to accept exactly these. Batches already added keep theirs.</source>
        <translation>Zertifikate, denen Sie bei einer Vorabprüfung vertraut haben, obwohl sie selbstsigniert oder für einen anderen Namen ausgestellt waren. Die Prüfung vertraut ihnen wieder, und neue Batches weisen imapsync an, genau diese zu akzeptieren. Bereits hinzugefügte Batches behalten ihre.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a section of the settings (&quot;Storage&quot;), %2 what is wrong in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 The changes last until ImapDesk ends.</source>
        <translation>%1 Die Änderungen gelten, bis ImapDesk beendet wird.</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsHostShortcutsPage</name>
    <message>
        <source>A host typed in a batch gets the suffix of the first rule whose pattern matches it (case-insensitive): SV01 with ^(VPS|SV)[0-9]+$ and example.com becomes SV01.example.com.</source>
        <translation>Ein in einem Batch eingegebener Host erhält das Suffix der ersten Regel, deren Muster auf ihn passt (ohne Beachtung der Groß-/Kleinschreibung): SV01 wird mit ^(VPS|SV)[0-9]+$ und example.com zu SV01.example.com.</translation>
    </message>
    <message>
        <source>Pattern (regular expression)</source>
        <translation>Muster (regulärer Ausdruck)</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Try a host:</source>
        <translation>Host &amp;testen:</translation>
    </message>
    <message>
        <source>Host shortcuts</source>
        <translation>Host-Kürzel</translation>
    </message>
    <message>
        <source>At most %1 rules are allowed.</source>
        <translation>Höchstens %1 Regeln sind erlaubt.</translation>
    </message>
    <message>
        <source>Correct the rules above to try them.</source>
        <translation>Korrigieren Sie die Regeln oben, um sie zu testen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a typed host and what the rules make of it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No rule changes %1: it is used as typed.</source>
        <translation>Keine Regel ändert %1: Der Host wird wie eingegeben verwendet.</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsImapsyncPage</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>imapsync &amp;program:</source>
        <translation>imapsync-&amp;Programm:</translation>
    </message>
    <message>
        <source>Leave empty to use the imapsync next to ImapDesk, or else the first one on the PATH. The --imapsync option and the IMAPDESK_IMAPSYNC variable win over this setting.</source>
        <translation>Leer lassen, um das imapsync neben ImapDesk oder sonst das erste im PATH zu verwenden. Die Option --imapsync und die Variable IMAPDESK_IMAPSYNC haben Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>imapsync</source>
        <translation>imapsync</translation>
    </message>
    <message>
        <source>Choose the imapsync program</source>
        <translation>imapsync-Programm auswählen</translation>
    </message>
    <message>
        <source>Asking %1 for its version…</source>
        <translation>%1 wird nach seiner Version gefragt…</translation>
    </message>
    <message>
        <source>imapsync %1 at %2</source>
        <extracomment>%1 is a version such as 2.229, %2 the program&apos;s full path</extracomment>
        <translation>imapsync %1 unter %2</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsLanguagePage</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>ImapDesk uses the new language when it starts again.</source>
        <translation>ImapDesk verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsMaintenancePage</name>
    <message>
        <source>Deleted batches and their logs cannot be brought back.</source>
        <translation>Gelöschte Batches und ihre Protokolle können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Archive them (hidden from the list, kept with their logs)</source>
        <translation>Archivieren (aus der Liste ausgeblendet, mit ihren Protokollen aufbewahrt)</translation>
    </message>
    <message>
        <source>Delete them with their logs</source>
        <translation>Mit ihren Protokollen löschen</translation>
    </message>
    <message>
        <source>Clean up batches &amp;older than:</source>
        <translation>Batches &amp;bereinigen, wenn älter als:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Dann:</translation>
    </message>
    <message>
        <source>Only batches that have ended are cleaned up.</source>
        <translation>Nur beendete Batches werden bereinigt.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source> week</source>
        <translation> Woche</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>&amp;Remove a job&apos;s passwords from the keychain once it succeeded</source>
        <translation>Passwörter eines Jobs nach seinem Erfolg aus dem Schlüsselbund &amp;entfernen</translation>
    </message>
    <message>
        <source>A later run of such a job (a delta pass) then asks for its passwords again. Deleting a batch always removes its passwords.</source>
        <translation>Ein späterer Lauf eines solchen Jobs (ein Delta-Durchlauf) fragt dann erneut nach seinen Passwörtern. Das Löschen eines Batches entfernt immer seine Passwörter.</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsRunningPage</name>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>&amp;Jobs at once:</source>
        <translation>&amp;Gleichzeitige Jobs:</translation>
    </message>
    <message>
        <source>Jobs per &amp;server:</source>
        <translation>Jobs pro &amp;Server:</translation>
    </message>
    <message>
        <source>How many imapsync processes run at the same time: in all, and against any one source or destination server (some servers refuse many connections from one address).</source>
        <translation>Wie viele imapsync-Prozesse gleichzeitig laufen: insgesamt und gegen einen einzelnen Quell- oder Zielserver (manche Server lehnen viele Verbindungen von einer Adresse ab).</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ausführung</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsStoragePage</name>
    <message>
        <source>&amp;SQLite file on this computer (default)</source>
        <translation>&amp;SQLite-Datei auf diesem Computer (Standard)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server, shared by a team</source>
        <translation>&amp;PostgreSQL-Server, gemeinsam genutzt von einem Team</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Changes to the data folder and the database apply when ImapDesk starts again. The --data-dir and --db options and the IMAPDESK_DATA_DIR and IMAPDESK_DB variables win over these settings.</source>
        <translation>Änderungen am Datenordner und an der Datenbank gelten ab dem nächsten Start von ImapDesk. Die Optionen --data-dir und --db und die Variablen IMAPDESK_DATA_DIR und IMAPDESK_DB haben Vorrang vor diesen Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Job logs and the SQLite history live here. Leave empty for the folder shown.</source>
        <translation>Job-Protokolle und der SQLite-Verlauf liegen hier. Leer lassen für den angezeigten Ordner.</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Verlaufsdatenbank</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>db.example.com or a socket folder</source>
        <translation>db.example.com oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>Dat&amp;enbank:</translation>
    </message>
    <message>
        <source>Opt&amp;ions:</source>
        <translation>Opt&amp;ionen:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>The data folder must be a full path, such as %1.</source>
        <translation>Der Datenordner muss ein vollständiger Pfad sein, etwa %1.</translation>
    </message>
    <message>
        <source>Enter the host name of the PostgreSQL server.</source>
        <translation>Geben Sie den Hostnamen des PostgreSQL-Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>Geben Sie den Namen der PostgreSQL-Datenbank ein.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is not written key=value, such as sslmode=require.</source>
        <translation>Die Option „%1“ ist nicht als Schlüssel=Wert geschrieben, etwa sslmode=require.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>Choose the SQLite history file</source>
        <translation>SQLite-Verlaufsdatei auswählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The password is saved in the system keyring, never in the settings file. Without one there, the PostgreSQL client reads it from the PGPASSWORD variable or the ~/.pgpass file (%APPDATA%\postgresql\pgpass.conf on Windows). Options are libpq&apos;s, key=value separated by spaces.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei. Ist dort keines gespeichert, liest der PostgreSQL-Client es aus der Variablen PGPASSWORD oder der Datei ~/.pgpass (%APPDATA%\postgresql\pgpass.conf unter Windows). Die Optionen sind die von libpq, als Schlüssel=Wert durch Leerzeichen getrennt.</translation>
    </message>
</context>
</TS>
