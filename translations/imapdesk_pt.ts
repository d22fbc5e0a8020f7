<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en_US">
<context>
    <name>AccountListParser</name>
    <message>
        <source>unterminated quote</source>
        <translation>aspas não fechadas</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>texto inesperado depois das aspas de fechamento</translation>
    </message>
    <message>
        <source>too many fields (expected 2 or 4): put a password that contains spaces or separators (, ; | tab) in double quotes</source>
        <translation>campos demais (esperados 2 ou 4): coloque entre aspas duplas uma senha que contenha espaços ou separadores (, ; | tab)</translation>
    </message>
    <message>
        <source>line too long (64 KiB or more)</source>
        <translation>linha longa demais (64 KiB ou mais)</translation>
    </message>
    <message>
        <source>missing user1</source>
        <translation>user1 ausente</translation>
    </message>
    <message>
        <source>missing user2</source>
        <translation>user2 ausente</translation>
    </message>
    <message>
        <source>missing password</source>
        <translation>senha ausente</translation>
    </message>
    <message>
        <source>missing password1</source>
        <translation>password1 ausente</translation>
    </message>
    <message>
        <source>missing password2</source>
        <translation>password2 ausente</translation>
    </message>
    <message>
        <source>user2 given without password2</source>
        <translation>user2 indicado sem password2</translation>
    </message>
    <message>
        <source>user1 contains spaces or control characters</source>
        <translation>user1 contém espaços ou caracteres de controle</translation>
    </message>
    <message>
        <source>user2 contains spaces or control characters</source>
        <translation>user2 contém espaços ou caracteres de controle</translation>
    </message>
    <message>
        <source>Could not read the account list: %1</source>
        <translation>Não foi possível ler a lista de contas: %1</translation>
    </message>
    <message>
        <source>The file is encoded as UTF-16, not UTF-8. Save it as UTF-8 text (in Excel: &quot;CSV UTF-8 (Comma delimited)&quot;) and import it again.</source>
        <translation>O arquivo está codificado em UTF-16, não em UTF-8. Salve-o como texto UTF-8 (no Excel: &quot;CSV UTF-8 (Delimitado por vírgulas)&quot;) e importe-o novamente.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not an account list (it contains a NUL byte).</source>
        <translation>Isto parece ser um arquivo binário, não uma lista de contas (contém um byte NUL).</translation>
    </message>
    <message>
        <source>This is not valid UTF-8 text. Save the file as &quot;CSV UTF-8 (Comma delimited)&quot; in Excel or as UTF-8 text in your editor, or import it again and read it as Windows-1252 (Western European).</source>
        <translation>Este não é um texto UTF-8 válido. Salve o arquivo como &quot;CSV UTF-8 (Delimitado por vírgulas)&quot; no Excel ou como texto UTF-8 no seu editor, ou importe-o novamente e leia-o como Windows-1252 (Europa Ocidental).</translation>
    </message>
    <message>
        <source>The account list has too many lines (more than %1).</source>
        <translation>A lista de contas tem linhas demais (mais de %1).</translation>
    </message>
</context>
<context>
    <name>AccountsCheckCommand</name>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Não é possível ler a entrada padrão: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not an account list.</source>
        <translation>%1 é uma pasta, não uma lista de contas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 -&gt; %3</source>
        <translation>linha %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation>linha %1: rejeitada: %2</translation>
    </message>
    <message>
        <source>line %1: duplicate of line %2, skipped</source>
        <translation>linha %1: duplica a linha %2, ignorada</translation>
    </message>
    <message>
        <source>accounts: %1, rejected lines: %2, duplicates: %3</source>
        <translation>contas: %1, linhas rejeitadas: %2, duplicadas: %3</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Imprimir um objeto JSON em vez de texto.</translation>
    </message>
    <message>
        <source>Domain added to users written without @domain.</source>
        <translation>Domínio acrescentado aos usuários escritos sem @domínio.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Account list (.txt, .csv, .tsv), or - for standard input.</source>
        <translation>Lista de contas (.txt, .csv, .tsv), ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>accounts check needs exactly one FILE (got %1).</source>
        <translation>accounts check precisa de exatamente um FILE (recebeu %1).</translation>
    </message>
    <message>
        <source>--default-domain %1 is not a domain name such as example.com.</source>
        <translation>--default-domain %1 não é um nome de domínio como example.com.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
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
        <translation>--%1 HOST[:PORT] é obrigatório.</translation>
    </message>
    <message>
        <source>--security%1 must be ssl, starttls or none, not &apos;%2&apos;.</source>
        <translation>--security%1 deve ser ssl, starttls ou none, não &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--preset%1 must be none, gmail, office365, exchange or domino, not &apos;%2&apos;.</source>
        <translation>--preset%1 deve ser none, gmail, office365, exchange ou domino, não &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Note: %1 looks like %2; imapsync has a preset for it: %3.</source>
        <translation>Observação: %1 parece ser %2; o imapsync tem uma predefinição para ele: %3.</translation>
    </message>
    <message>
        <source>--default-domain %1 is not a domain name such as example.com.</source>
        <translation>--default-domain %1 não é um nome de domínio como example.com.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>--extra: %1</source>
        <translation>--extra: %1</translation>
    </message>
    <message>
        <source>--after needs a batch id.</source>
        <translation>--after precisa de um ID de lote.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
    <message>
        <source>No batch added: fix the rejected lines or add --skip-invalid.</source>
        <translation>Nenhum lote adicionado: corrija as linhas rejeitadas ou acrescente --skip-invalid.</translation>
    </message>
    <message>
        <source>No batch added: %1 holds no account.</source>
        <translation>Nenhum lote adicionado: %1 não contém nenhuma conta.</translation>
    </message>
    <message>
        <source>Cannot save the passwords of line %1 in the system keyring: %2</source>
        <translation>Não é possível guardar as senhas da linha %1 no chaveiro do sistema: %2</translation>
    </message>
    <message>
        <source>Source IMAP server.</source>
        <translation>Servidor IMAP de origem.</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <source>Destination IMAP server.</source>
        <translation>Servidor IMAP de destino.</translation>
    </message>
    <message>
        <source>Source encryption: ssl (default), starttls or none.</source>
        <translation>Criptografia da origem: ssl (padrão), starttls ou none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Destination encryption: ssl (default), starttls or none.</source>
        <translation>Criptografia do destino: ssl (padrão), starttls ou none.</translation>
    </message>
    <message>
        <source>Source provider preset: gmail, office365, exchange, domino.</source>
        <translation>Predefinição do provedor de origem: gmail, office365, exchange, domino.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Destination provider preset: gmail, office365, exchange, domino.</source>
        <translation>Predefinição do provedor de destino: gmail, office365, exchange, domino.</translation>
    </message>
    <message>
        <source>A label for the batch, e.g. a ticket number.</source>
        <translation>Um rótulo para o lote, por exemplo um número de ticket.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Domain added to users without @domain.</source>
        <translation>Domínio acrescentado aos usuários sem @domínio.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Dry run: imapsync shows what it would copy (--dry).</source>
        <translation>Simulação: o imapsync mostra o que copiaria (--dry).</translation>
    </message>
    <message>
        <source>Only check that every account can log in.</source>
        <translation>Apenas verificar se cada conta consegue fazer login.</translation>
    </message>
    <message>
        <source>Extra imapsync arguments, quoted as in a shell.</source>
        <translation>Argumentos extras do imapsync, entre aspas como num shell.</translation>
    </message>
    <message>
        <source>ARGS</source>
        <translation>ARGS</translation>
    </message>
    <message>
        <source>Start only after this batch has ended.</source>
        <translation>Iniciar somente depois que este lote terminar.</translation>
    </message>
    <message>
        <source>BATCH_ID</source>
        <translation>BATCH_ID</translation>
    </message>
    <message>
        <source>Add the valid accounts even if some lines are rejected.</source>
        <translation>Adicionar as contas válidas mesmo que algumas linhas sejam rejeitadas.</translation>
    </message>
    <message>
        <source>Run the batch at once and wait for it (as batch run --wait).</source>
        <translation>Executar o lote imediatamente e aguardar o seu fim (como batch run --wait).</translation>
    </message>
    <message>
        <source>Account list (.txt, .csv, .tsv).</source>
        <translation>Lista de contas (.txt, .csv, .tsv).</translation>
    </message>
    <message>
        <source>batch add needs exactly one account list FILE.</source>
        <translation>batch add precisa de exatamente um FILE com a lista de contas.</translation>
    </message>
    <message>
        <source>--after %1: no such batch.</source>
        <translation>--after %1: esse lote não existe.</translation>
    </message>
    <message>
        <source>--certificate%1 needs a SHA-256 fingerprint (64 hexadecimal digits), as `batch check` prints it.</source>
        <translation>--certificate%1 precisa de uma impressão digital SHA-256 (64 dígitos hexadecimais), como o `batch check` a imprime.</translation>
    </message>
    <message>
        <source>Without a keyring, add --run --session-passwords: the passwords then stay in memory while this command runs the batch, and are never written anywhere.</source>
        <translation>Sem chaveiro, acrescente --run --session-passwords: as senhas ficam então na memória enquanto este comando executa o lote e nunca são gravadas em lugar nenhum.</translation>
    </message>
    <message>
        <source>Accept this source certificate (SHA-256 fingerprint) although it is self-signed or for another name; imapsync then accepts it and no other.</source>
        <translation>Aceitar este certificado da origem (impressão digital SHA-256) mesmo que seja autoassinado ou emitido para outro nome; o imapsync então aceita este e nenhum outro.</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Accept this destination certificate (SHA-256 fingerprint), as --certificate1.</source>
        <translation>Aceitar este certificado do destino (impressão digital SHA-256), como --certificate1.</translation>
    </message>
    <message>
        <source>With --run: keep the passwords in memory while this command runs, not in the system keyring. Jobs it does not run ask for their passwords later.</source>
        <translation>Com --run: manter as senhas na memória enquanto este comando é executado, não no chaveiro do sistema. As tarefas que ele não executar pedirão as suas senhas mais tarde.</translation>
    </message>
    <message>
        <source>--session-passwords needs --run: the passwords live only as long as this command.</source>
        <translation>--session-passwords precisa de --run: as senhas só existem enquanto este comando durar.</translation>
    </message>
</context>
<context>
    <name>BatchCheckCommand</name>
    <message>
        <source>The system keyring cannot be read (%1): only the hosts are checked.</source>
        <translation>O chaveiro do sistema não pode ser lido (%1): apenas os hosts são verificados.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Imprimir os resultados em JSON.</translation>
    </message>
    <message>
        <source>Connections at once to one host (default 4).</source>
        <translation>Conexões simultâneas com um mesmo host (padrão: 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Trust a server certificate in spite of its problems (self-signed, other name), given by the SHA-256 fingerprint the check printed. May be repeated.</source>
        <translation>Confiar num certificado de servidor apesar dos seus problemas (autoassinado, outro nome), indicado pela impressão digital SHA-256 que a verificação imprimiu. Pode ser repetido.</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Also test logins on hosts that offer no encryption (the passwords then travel in clear).</source>
        <translation>Testar os logins também em hosts que não oferecem criptografia (as senhas trafegam então em texto claro).</translation>
    </message>
    <message>
        <source>The batch to check.</source>
        <translation>O lote a verificar.</translation>
    </message>
    <message>
        <source>batch check needs one batch ID.</source>
        <translation>batch check precisa de um ID de lote.</translation>
    </message>
    <message>
        <source>--per-host needs a number of at least 1.</source>
        <translation>--per-host precisa de um número maior ou igual a 1.</translation>
    </message>
    <message>
        <source>--accept-certificate needs a SHA-256 fingerprint: 64 hexadecimal digits.</source>
        <translation>--accept-certificate precisa de uma impressão digital SHA-256: 64 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>host %1: %2</source>
        <translation>host %1: %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  aviso: %1</translation>
    </message>
    <message>
        <source>  certificate SHA-256 %1: %2</source>
        <translation>  certificado SHA-256 %1: %2</translation>
    </message>
    <message>
        <source>job %1 %2 -&gt; %3</source>
        <translation>tarefa %1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>  no passwords: %1</source>
        <translation>  sem senhas: %1</translation>
    </message>
    <message>
        <source>  source: %1</source>
        <translation>  origem: %1</translation>
    </message>
    <message>
        <source>  destination: %1</source>
        <translation>  destino: %1</translation>
    </message>
</context>
<context>
    <name>BatchCommands</name>
    <message>
        <source>The batch (see &apos;imapdesk batch list&apos;).</source>
        <translation>O lote (veja &apos;imapdesk batch list&apos;).</translation>
    </message>
    <message>
        <source>batch id</source>
        <translation>ID do lote</translation>
    </message>
    <message>
        <source>Run them with: imapdesk batch run %1</source>
        <translation>Execute-as com: imapdesk batch run %1</translation>
    </message>
    <message>
        <source>Job %1 belongs to batch %2, not to batch %3.</source>
        <translation>A tarefa %1 pertence ao lote %2, não ao lote %3.</translation>
    </message>
    <message>
        <source>Job %1 has not ended (state: %2); only a job that has ended can be run again.</source>
        <translation>A tarefa %1 não terminou (estado: %2); só uma tarefa terminada pode ser executada novamente.</translation>
    </message>
    <message>
        <source>Job %1 of batch %2 is queued again.</source>
        <translation>A tarefa %1 do lote %2 está novamente na fila.</translation>
    </message>
    <message>
        <source>Nothing to retry: no job of batch %1 has failed, been cancelled or been interrupted.</source>
        <translation>Nada a repetir: nenhuma tarefa do lote %1 falhou, foi cancelada ou foi interrompida.</translation>
    </message>
    <message>
        <source>Nothing to run again: no job of batch %1 has ended.</source>
        <translation>Nada a executar novamente: nenhuma tarefa do lote %1 terminou.</translation>
    </message>
    <message>
        <source>Batch %1: jobs queued again: %2.</source>
        <translation>Lote %1: tarefas colocadas novamente na fila: %2.</translation>
    </message>
    <message>
        <source>A delta pass: imapsync copies only what is still missing.</source>
        <translation>Uma passagem delta: o imapsync copia apenas o que ainda falta.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Não foi possível remover %1: %2</translation>
    </message>
    <message>
        <source>Could not remove the folder %1 completely.</source>
        <translation>Não foi possível remover completamente a pasta %1.</translation>
    </message>
    <message>
        <source>Batch %1 was not deleted: jobs still running: %2. Cancel it first (&apos;imapdesk batch cancel %1&apos;) and wait until they have stopped.</source>
        <translation>O lote %1 não foi excluído: tarefas ainda em execução: %2. Cancele-o primeiro (&apos;imapdesk batch cancel %1&apos;) e aguarde até que elas parem.</translation>
    </message>
    <message>
        <source>Batch %1 is deleted, but its saved passwords could not be removed from the system keychain: %2. Remove the entries of the service &apos;%3&apos; by hand (for example with Seahorse).</source>
        <translation>O lote %1 foi excluído, mas as suas senhas guardadas não puderam ser removidas do chaveiro do sistema: %2. Remova manualmente as entradas do serviço &apos;%3&apos; (por exemplo, com o Seahorse).</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Não foi possível gravar o relatório em %1: %2</translation>
    </message>
    <message>
        <source>Report of batch %1 written to %2 (jobs: %3).</source>
        <translation>Relatório do lote %1 gravado em %2 (tarefas: %3).</translation>
    </message>
    <message>
        <source>Batch %1: queued jobs cancelled: %2; running jobs asked to stop: %3.</source>
        <translation>Lote %1: tarefas na fila canceladas: %2; tarefas em execução instruídas a parar: %3.</translation>
    </message>
    <message>
        <source>Their runner (&apos;imapdesk batch run&apos; or the desktop application) stops them within a few seconds.</source>
        <translation>O processo que as executa (&apos;imapdesk batch run&apos; ou o programa de desktop) as interrompe em poucos segundos.</translation>
    </message>
    <message>
        <source>Only failed, cancelled and interrupted jobs.</source>
        <translation>Apenas tarefas com falha, canceladas e interrompidas.</translation>
    </message>
    <message>
        <source>Only this job of the batch.</source>
        <translation>Apenas esta tarefa do lote.</translation>
    </message>
    <message>
        <source>JOB_ID</source>
        <translation>JOB_ID</translation>
    </message>
    <message>
        <source>Use either --failed-only or --job, not both.</source>
        <translation>Use --failed-only ou --job, não ambos.</translation>
    </message>
    <message>
        <source>job id</source>
        <translation>ID da tarefa</translation>
    </message>
    <message>
        <source>Bring an archived batch back to the list.</source>
        <translation>Trazer um lote arquivado de volta à lista.</translation>
    </message>
    <message>
        <source>Batch %1 is already archived.</source>
        <translation>O lote %1 já está arquivado.</translation>
    </message>
    <message>
        <source>Batch %1 is not archived.</source>
        <translation>O lote %1 não está arquivado.</translation>
    </message>
    <message>
        <source>Batch %1 has not ended (%2 queued or waiting, %3 running); it was not archived. Cancel it first, or wait until it ends.</source>
        <translation>O lote %1 não terminou (%2 na fila ou em espera, %3 em execução); não foi arquivado. Cancele-o primeiro ou aguarde até que termine.</translation>
    </message>
    <message>
        <source>Batch %1 archived (&apos;imapdesk batch list --archived&apos; shows it).</source>
        <translation>Lote %1 arquivado (&apos;imapdesk batch list --archived&apos; o mostra).</translation>
    </message>
    <message>
        <source>Batch %1 is back in the list of batches.</source>
        <translation>O lote %1 está de volta à lista de lotes.</translation>
    </message>
    <message>
        <source>Batch %1 deleted (jobs: %2).</source>
        <translation>Lote %1 excluído (tarefas: %2).</translation>
    </message>
    <message>
        <source>Its logs and saved passwords are removed too.</source>
        <translation>Os seus logs e senhas guardadas também são removidos.</translation>
    </message>
    <message>
        <source>Write the report as CSV to FILE (- for standard output).</source>
        <translation>Gravar o relatório como CSV em FILE (- para a saída padrão).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>batch export needs --csv FILE (or --csv - for standard output).</source>
        <translation>batch export precisa de --csv FILE (ou --csv - para a saída padrão).</translation>
    </message>
    <message>
        <source>There is no batch %1 in %2.</source>
        <translation>Não existe o lote %1 em %2.</translation>
    </message>
    <message>
        <source>There is no job %1 in %2.</source>
        <translation>Não existe a tarefa %1 em %2.</translation>
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
        <translation>sem criptografia</translation>
    </message>
    <message>
        <source>, archived</source>
        <translation>, arquivado</translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>Nenhum lote.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>RÓTULO</translation>
    </message>
    <message>
        <source>SOURCE → DESTINATION</source>
        <translation>ORIGEM → DESTINO</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>CONTAS</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>CONCLUÍDO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIETÁRIO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADO EM</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURAÇÃO</translation>
    </message>
    <message>
        <source>Use either --archived or --all, not both.</source>
        <translation>Use --archived ou --all, não ambos.</translation>
    </message>
    <message>
        <source>--mine needs to know who you are, but neither USER nor USERNAME is set.</source>
        <translation>--mine precisa identificar o usuário atual, mas nem USER nem USERNAME estão definidos.</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulação</translation>
    </message>
    <message>
        <source>check logins only</source>
        <translation>apenas verificar logins</translation>
    </message>
    <message>
        <source>default domain %1</source>
        <translation>domínio padrão %1</translation>
    </message>
    <message>
        <source>extra imapsync arguments: %1</source>
        <translation>argumentos extras do imapsync: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>em espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>com sucesso</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada(s)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompida(s)</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lote:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>, cancel requested</source>
        <translation>, cancelamento solicitado</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origem:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Proprietário:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado em:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Tarefas:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Mensagens:</translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>%1 de %2 copiadas</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fim:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>Starts after:</source>
        <translation>Inicia após:</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lote %1</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Arquivado em:</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>sinal %1</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TAREFA</translation>
    </message>
    <message>
        <source>USER1 → USER2</source>
        <translation>USER1 → USER2</translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation>EXECUÇÕES</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>SAÍDA</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAGENS</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>ERROS</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INÍCIO</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>FIM</translation>
    </message>
    <message>
        <source>LOG</source>
        <translation>LOG</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Imprimir um objeto JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <source>Only archived batches.</source>
        <translation>Apenas lotes arquivados.</translation>
    </message>
    <message>
        <source>Archived batches too.</source>
        <translation>Incluir também os lotes arquivados.</translation>
    </message>
    <message>
        <source>Only batches you created (your login name).</source>
        <translation>Apenas os lotes criados pelo usuário atual (nome de login).</translation>
    </message>
    <message>
        <source>Only batches whose label, host, default domain or user contains TEXT (or whose id is TEXT).</source>
        <translation>Apenas lotes cujo rótulo, host, domínio padrão ou usuário contém TEXT (ou cujo ID é TEXT).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>batch list takes no operand (got: %1).</source>
        <translation>batch list não aceita operandos (recebeu: %1).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Imprimir um objeto JSON em vez de texto.</translation>
    </message>
    <message>
        <source>Cannot read the log of job %1 (%2): %3</source>
        <translation>Não é possível ler o log da tarefa %1 (%2): %3</translation>
    </message>
    <message>
        <source>Job %1 ended before its log was written.</source>
        <translation>A tarefa %1 terminou antes de o seu log ser gravado.</translation>
    </message>
    <message>
        <source>imapdesk is starting imapsync; try again in a moment or use --follow</source>
        <translation>o imapdesk está iniciando o imapsync; tente novamente daqui a pouco ou use --follow</translation>
    </message>
    <message>
        <source>Job %1 has no log file for its run %2.</source>
        <translation>A tarefa %1 não tem arquivo de log para a sua execução %2.</translation>
    </message>
    <message>
        <source>--tail expects a number of lines, got: %1</source>
        <translation>--tail espera um número de linhas, recebeu: %1</translation>
    </message>
    <message>
        <source>How many lines from the end to print (default 100).</source>
        <translation>Quantas linhas imprimir a partir do fim (padrão: 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep printing new lines until the job stops running.</source>
        <translation>Imprimir as novas linhas até que a tarefa termine.</translation>
    </message>
    <message>
        <source>The job (see &apos;imapdesk batch show ID&apos;).</source>
        <translation>A tarefa (veja &apos;imapdesk batch show ID&apos;).</translation>
    </message>
    <message>
        <source>Job %1 has not run yet: there is no log.</source>
        <translation>A tarefa %1 ainda não foi executada: não há log.</translation>
    </message>
    <message>
        <source>Only this job of the batch (repeat for several).</source>
        <translation>Apenas esta tarefa do lote (repita para várias).</translation>
    </message>
    <message>
        <source>Job %1 is not part of batch %2.</source>
        <translation>A tarefa %1 não faz parte do lote %2.</translation>
    </message>
    <message>
        <source>Nothing to cancel: no selected job of batch %1 is queued, waiting or running (or it was already asked to stop).</source>
        <translation>Nada a cancelar: nenhuma tarefa selecionada do lote %1 está na fila, em espera ou em execução (ou já foi pedido que parasse).</translation>
    </message>
</context>
<context>
    <name>BatchPasswordsCommand</name>
    <message>
        <source>--default-domain %1 is not a domain name such as example.com.</source>
        <translation>--default-domain %1 não é um nome de domínio como example.com.</translation>
    </message>
    <message>
        <source>… and more lines that match no job: %1</source>
        <translation>… e mais linhas que não correspondem a nenhuma tarefa: %1</translation>
    </message>
    <message>
        <source>line %1: batch %2 has no job for %3 → %4</source>
        <translation>linha %1: o lote %2 não tem nenhuma tarefa para %3 → %4</translation>
    </message>
    <message>
        <source>Job %1 has no keychain entry to save its passwords under.</source>
        <translation>A tarefa %1 não tem nenhuma entrada no chaveiro para guardar as suas senhas.</translation>
    </message>
    <message>
        <source>Cannot save the passwords of job %1 (line %2) in the system keyring: %3</source>
        <translation>Não é possível guardar as senhas da tarefa %1 (linha %2) no chaveiro do sistema: %3</translation>
    </message>
    <message>
        <source>Batch %1: jobs given their passwords: %2 (queued again: %3).</source>
        <translation>Lote %1: tarefas que receberam as suas senhas: %2 (novamente na fila: %3).</translation>
    </message>
    <message>
        <source>Lines that matched no job: %1.</source>
        <translation>Linhas que não corresponderam a nenhuma tarefa: %1.</translation>
    </message>
    <message>
        <source>Jobs still waiting for their passwords: %1.</source>
        <translation>Tarefas que ainda aguardam as suas senhas: %1.</translation>
    </message>
    <message>
        <source>Lines for jobs that do not wait for their passwords, left alone: %1 (--all saves theirs too).</source>
        <translation>Linhas de tarefas que não aguardam as suas senhas, deixadas como estão: %1 (--all guarda também as delas).</translation>
    </message>
    <message>
        <source>Run them with: imapdesk batch run %1</source>
        <translation>Execute-as com: imapdesk batch run %1</translation>
    </message>
    <message>
        <source>The batch (see &apos;imapdesk batch list&apos;).</source>
        <translation>O lote (veja &apos;imapdesk batch list&apos;).</translation>
    </message>
    <message>
        <source>Account list (.txt, .csv, .tsv), or - for standard input. A line gives its passwords to the job with the same source and destination user.</source>
        <translation>Lista de contas (.txt, .csv, .tsv), ou - para a entrada padrão. Cada linha fornece as suas senhas à tarefa com os mesmos usuários de origem e de destino.</translation>
    </message>
    <message>
        <source>Domain added to users without @domain (default: the batch&apos;s own).</source>
        <translation>Domínio acrescentado aos usuários sem @domínio (padrão: o do próprio lote).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Save the passwords of every job the list names, not only of those waiting for them (e.g. new passwords before a delta pass).</source>
        <translation>Guardar as senhas de todas as tarefas indicadas na lista, não apenas das que as aguardam (por exemplo, senhas novas antes de uma passagem delta).</translation>
    </message>
    <message>
        <source>batch passwords needs a batch ID and an account list FILE.</source>
        <translation>batch passwords precisa de um ID de lote e de um FILE com a lista de contas.</translation>
    </message>
    <message>
        <source>batch id</source>
        <translation>ID do lote</translation>
    </message>
</context>
<context>
    <name>BatchRunCommand</name>
    <message>
        <source>--%1 must be a number from %2 to 256.</source>
        <translation>--%1 deve ser um número de %2 a 256.</translation>
    </message>
    <message>
        <source>Cannot start the background run: %1</source>
        <translation>Não é possível iniciar a execução em segundo plano: %1</translation>
    </message>
    <message>
        <source>Running in the background (process %1); its output goes to %2. Follow with &apos;imapdesk batch list&apos; or &apos;imapdesk batch show ID&apos;.</source>
        <translation>Em execução em segundo plano (processo %1); a saída vai para %2. Acompanhe com &apos;imapdesk batch list&apos; ou &apos;imapdesk batch show ID&apos;.</translation>
    </message>
    <message>
        <source>imapsync processes at once (default 4).</source>
        <translation>Processos imapsync simultâneos (padrão: 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N processes per source or destination host.</source>
        <translation>No máximo N processos por host de origem ou de destino.</translation>
    </message>
    <message>
        <source>Stay in the foreground until the jobs have ended; exit status 0 only if every job succeeded.</source>
        <translation>Permanecer em primeiro plano até as tarefas terminarem; código de saída 0 apenas se todas as tarefas tiverem sucesso.</translation>
    </message>
    <message>
        <source>Only this batch (default: all).</source>
        <translation>Apenas este lote (padrão: todos).</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>batch id</source>
        <translation>ID do lote</translation>
    </message>
    <message>
        <source>No batch %1.</source>
        <translation>O lote %1 não existe.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>ImapDesk&apos;s own log is not written: %1</source>
        <translation>O log do próprio ImapDesk não é gravado: %1</translation>
    </message>
    <message>
        <source>Expected one %1 (a number), got: %2</source>
        <translation>Era esperado um %1 (um número), mas foi recebido: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Parse an account list and show what would be imported.</source>
        <translation>Analisar uma lista de contas e mostrar o que seria importado.</translation>
    </message>
    <message>
        <source>Add a batch of accounts (passwords go to the keychain); prints its id.</source>
        <translation>Adicionar um lote de contas (as senhas vão para o chaveiro); imprime o seu ID.</translation>
    </message>
    <message>
        <source>List batches.</source>
        <translation>Listar os lotes.</translation>
    </message>
    <message>
        <source>Show a batch and every job in it.</source>
        <translation>Mostrar um lote e todas as suas tarefas.</translation>
    </message>
    <message>
        <source>Run queued jobs with imapsync until none is left.</source>
        <translation>Executar as tarefas na fila com o imapsync até não restar nenhuma.</translation>
    </message>
    <message>
        <source>Cancel a batch: queued jobs never start, running ones stop.</source>
        <translation>Cancelar um lote: as tarefas na fila não iniciam, as em execução param.</translation>
    </message>
    <message>
        <source>Queue a batch again (a delta pass), or only its failed jobs.</source>
        <translation>Colocar um lote novamente na fila (uma passagem delta), ou apenas as suas tarefas com falha.</translation>
    </message>
    <message>
        <source>Archive a batch (or bring it back with --undo).</source>
        <translation>Arquivar um lote (ou trazê-lo de volta com --undo).</translation>
    </message>
    <message>
        <source>Delete a batch with its logs and saved passwords.</source>
        <translation>Excluir um lote com os seus logs e senhas guardadas.</translation>
    </message>
    <message>
        <source>Write a batch report as CSV.</source>
        <translation>Gravar um relatório do lote em CSV.</translation>
    </message>
    <message>
        <source>Print the imapsync log of a job (its latest attempt).</source>
        <translation>Imprimir o log do imapsync de uma tarefa (a sua última tentativa).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version of ImapDesk.</source>
        <translation>Mostrar a versão do ImapDesk.</translation>
    </message>
    <message>
        <source>ImapDesk migrates mailboxes between IMAP servers with imapsync.
Without a command, the desktop application starts.</source>
        <translation>O ImapDesk migra caixas de correio entre servidores IMAP com o imapsync.
Sem comando, o programa de desktop é iniciado.</translation>
    </message>
    <message>
        <source>A command from the list below.</source>
        <translation>Um comando da lista abaixo.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[comando]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;imapdesk COMMAND --help&apos; for the options of a command.</source>
        <translation>Execute &apos;imapdesk COMMAND --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Run &apos;imapdesk %1 --help&apos; for its options.</source>
        <translation>Execute &apos;imapdesk %1 --help&apos; para ver as suas opções.</translation>
    </message>
    <message>
        <source>Incomplete command; did you mean: %1?</source>
        <translation>Comando incompleto; quis dizer: %1?</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconhecido: %1</translation>
    </message>
    <message>
        <source>Run &apos;imapdesk --help&apos; for the list of commands.</source>
        <translation>Execute &apos;imapdesk --help&apos; para ver a lista de comandos.</translation>
    </message>
    <message>
        <source>Save the passwords of jobs waiting for them, from an account list.</source>
        <translation>Guardar as senhas das tarefas que as aguardam, a partir de uma lista de contas.</translation>
    </message>
    <message>
        <source>Check that every host answers and every account can log in.</source>
        <translation>Verificar se cada host responde e se cada conta consegue fazer login.</translation>
    </message>
    <message>
        <source>Save the PostgreSQL password (from standard input) in the keychain.</source>
        <translation>Guardar a senha do PostgreSQL (da entrada padrão) no chaveiro.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>the system keyring is locked or refused access (%1)</source>
        <translation>o chaveiro do sistema está bloqueado ou recusou o acesso (%1)</translation>
    </message>
    <message>
        <source>no system keyring available (%1)</source>
        <translation>nenhum chaveiro do sistema disponível (%1)</translation>
    </message>
    <message>
        <source>the saved password entry cannot be read (%1)</source>
        <translation>a entrada da senha guardada não pode ser lida (%1)</translation>
    </message>
    <message>
        <source>the system keyring reported an error (%1)</source>
        <translation>o chaveiro do sistema relatou um erro (%1)</translation>
    </message>
    <message>
        <source>the system keyring did not answer in time</source>
        <translation>o chaveiro do sistema não respondeu a tempo</translation>
    </message>
    <message>
        <source>no saved password for this account (ask the user)</source>
        <translation>nenhuma senha guardada para esta conta (pergunte ao usuário)</translation>
    </message>
    <message>
        <source>the system keyring is locked or refused access</source>
        <translation>o chaveiro do sistema está bloqueado ou recusou o acesso</translation>
    </message>
    <message>
        <source>no system keyring available</source>
        <translation>nenhum chaveiro do sistema disponível</translation>
    </message>
    <message>
        <source>the saved password entry cannot be read</source>
        <translation>a entrada da senha guardada não pode ser lida</translation>
    </message>
    <message>
        <source>the system keyring reported an error</source>
        <translation>o chaveiro do sistema relatou um erro</translation>
    </message>
    <message>
        <source>the system keyring did not answer within %1 s</source>
        <translation>o chaveiro do sistema não respondeu em %1 s</translation>
    </message>
    <message>
        <source>invalid credential reference</source>
        <translation>referência de credenciais inválida</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved passwords removed</source>
        <translation>
            <numerusform>%1 de %n senha guardada removida</numerusform>
            <numerusform>%1 de %n senhas guardadas removidas</numerusform>
        </translation>
    </message>
    <message>
        <source>a test entry came back changed</source>
        <translation>uma entrada de teste voltou alterada</translation>
    </message>
    <message>
        <source>not written by this version of ImapDesk</source>
        <translation>não gravado por esta versão do ImapDesk</translation>
    </message>
</context>
<context>
    <name>DatabaseConnectionTest</name>
    <message>
        <source>Connected to %1. It holds no ImapDesk history yet: ImapDesk will set it up when it first uses it.</source>
        <translation>Conectado a %1. O banco de dados ainda não contém histórico do ImapDesk: o ImapDesk vai configurá-lo quando o usar pela primeira vez.</translation>
    </message>
    <message>
        <source>Connected to %1, but its history was written by a newer ImapDesk (schema version %2; this one knows up to %3).</source>
        <translation>Conectado a %1, mas o histórico foi gravado por um ImapDesk mais recente (versão do esquema %2; esta versão conhece até a %3).</translation>
    </message>
    <message>
        <source>Connected to %1: ImapDesk history, schema version %2.</source>
        <translation>Conectado a %1: histórico do ImapDesk, versão do esquema %2.</translation>
    </message>
    <message>
        <source>Connected to %1, but its history cannot be read: %2</source>
        <translation>Conectado a %1, mas o histórico não pode ser lido: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database URL is not valid (%1). Expected postgresql://user@host:port/dbname.</source>
        <translation>A URL do banco de dados não é válida (%1). Esperado: postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The database URL %1 must name a host and a database: postgresql://user@host:port/dbname.</source>
        <translation>A URL do banco de dados %1 deve indicar um host e um banco de dados: postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The database location is empty.</source>
        <translation>O local do banco de dados está vazio.</translation>
    </message>
    <message>
        <source>Unsupported database URL %1: use an SQLite file path or postgresql://user@host:port/dbname.</source>
        <translation>URL de banco de dados não suportada %1: use o caminho de um arquivo SQLite ou postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The database URL contains a password. Remove it from the URL and save it in the system keyring with &apos;imapdesk db password&apos;, or put it in PGPASSWORD or ~/.pgpass: command lines are visible to every user of this computer.</source>
        <translation>A URL do banco de dados contém uma senha. Remova-a da URL e guarde-a no chaveiro do sistema com &apos;imapdesk db password&apos;, ou coloque-a em PGPASSWORD ou ~/.pgpass: as linhas de comando são visíveis para todos os usuários deste computador.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordStore</name>
    <message>
        <source>an SQLite database has no password</source>
        <translation>um banco de dados SQLite não tem senha</translation>
    </message>
    <message>
        <source>an empty password is not saved</source>
        <translation>uma senha vazia não é guardada</translation>
    </message>
    <message>
        <source>The password saved in the system keyring was used: replace it in the settings or with &apos;imapdesk db password&apos;.</source>
        <translation>Foi usada a senha guardada no chaveiro do sistema: substitua-a nas configurações ou com &apos;imapdesk db password&apos;.</translation>
    </message>
    <message>
        <source>The password kept in memory for this session was used: enter it again in the settings.</source>
        <translation>Foi usada a senha mantida na memória para esta sessão: informe-a novamente nas configurações.</translation>
    </message>
    <message>
        <source>The system keyring could not be asked for the password (%1), so only PGPASSWORD and ~/.pgpass were tried.</source>
        <translation>Não foi possível consultar o chaveiro do sistema para obter a senha (%1); por isso, só foram tentados PGPASSWORD e ~/.pgpass.</translation>
    </message>
    <message>
        <source>No password is saved in the system keyring for this database: save one in the settings or with &apos;imapdesk db password&apos;, or use PGPASSWORD or ~/.pgpass.</source>
        <translation>Não há nenhuma senha guardada no chaveiro do sistema para este banco de dados: guarde uma nas configurações ou com &apos;imapdesk db password&apos;, ou use PGPASSWORD ou ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DbPasswordCommand</name>
    <message>
        <source>Cannot remove the password for %1 from the system keyring: %2</source>
        <translation>Não é possível remover a senha de %1 do chaveiro do sistema: %2</translation>
    </message>
    <message>
        <source>No password for %1 is saved in the system keyring now.</source>
        <translation>Agora não há nenhuma senha de %1 guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Senha de %1: </translation>
    </message>
    <message>
        <source>No password given: write it as one line on standard input, for example imapdesk db password --db URL &lt; password.txt</source>
        <translation>Nenhuma senha fornecida: escreva-a como uma linha na entrada padrão, por exemplo imapdesk db password --db URL &lt; password.txt</translation>
    </message>
    <message>
        <source>Cannot save the password for %1 in the system keyring: %2. Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Não é possível guardar a senha de %1 no chaveiro do sistema: %2. Em vez disso, coloque-a em PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>The password for %1 is saved in the system keyring.</source>
        <translation>A senha de %1 foi guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Remove the saved password instead of saving one.</source>
        <translation>Remover a senha guardada em vez de guardar uma.</translation>
    </message>
    <message>
        <source>db password takes no operand: the password is read from standard input, never from the command line.</source>
        <translation>db password não aceita operandos: a senha é lida da entrada padrão, nunca da linha de comando.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, which has no password. Name the PostgreSQL database with --db postgresql://user@host:port/dbname or IMAPDESK_DB.</source>
        <translation>%1 é um arquivo SQLite, que não tem senha. Indique o banco de dados PostgreSQL com --db postgresql://user@host:port/dbname ou IMAPDESK_DB.</translation>
    </message>
    <message>
        <source>ImapDesk&apos;s own log is not written: %1</source>
        <translation>O log do próprio ImapDesk não é gravado: %1</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>No System Keyring</source>
        <translation>Sem chaveiro do sistema</translation>
    </message>
    <message>
        <source>ImapDesk cannot keep passwords in the system keyring:
%1

Keep the passwords of new batches in memory for this session only? They are never written to disk, and batches added now cannot run after ImapDesk is closed.</source>
        <translation>O ImapDesk não consegue guardar senhas no chaveiro do sistema:
%1

Manter as senhas dos novos lotes na memória apenas durante esta sessão? Elas nunca são gravadas no disco, e os lotes adicionados agora não poderão ser executados depois que o ImapDesk for fechado.</translation>
    </message>
    <message>
        <source>ImapDesk</source>
        <translation>ImapDesk</translation>
    </message>
    <message>
        <source>The history database cannot be opened:
%1%2

Check the database in the settings file or with --db.</source>
        <translation>O banco de dados do histórico não pode ser aberto:
%1%2

Verifique o banco de dados no arquivo de configurações ou com --db.</translation>
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
        <translation>%1 msg/s</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; put a space before % where the language wants one</extracomment>
        <translation>%1%</translation>
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
        <translation>Pasta para o banco de dados, os logs das tarefas e o log do programa (variável IMAPDESK_DATA_DIR; padrão: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>History database: an SQLite file path or postgresql://user@host:port/dbname (env IMAPDESK_DB; default: imapdesk.sqlite in the data folder).</source>
        <translation>Banco de dados do histórico: caminho de um arquivo SQLite ou postgresql://user@host:port/dbname (variável IMAPDESK_DB; padrão: imapdesk.sqlite na pasta de dados).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The imapsync program to run (env IMAPDESK_IMAPSYNC; default: next to ImapDesk, then on PATH).</source>
        <translation>O programa imapsync a executar (variável IMAPDESK_IMAPSYNC; padrão: ao lado do ImapDesk, depois no PATH).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Print debug messages of ImapDesk&apos;s own log.</source>
        <translation>Imprimir as mensagens de depuração do log do próprio ImapDesk.</translation>
    </message>
</context>
<context>
    <name>HostPort</name>
    <message>
        <source>%1 is not a host: write an IPv6 address as [2001:db8::1]:993.</source>
        <translation>%1 não é um host: escreva um endereço IPv6 como [2001:db8::1]:993.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address.</source>
        <translation>&apos;%1&apos; não é um nome de host nem um endereço.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (1-65535) in %2.</source>
        <translation>&apos;%1&apos; não é um número de porta (1-65535) em %2.</translation>
    </message>
</context>
<context>
    <name>HostShortcuts</name>
    <message>
        <source>Rule %1: the pattern is empty.</source>
        <translation>Regra %1: o padrão está vazio.</translation>
    </message>
    <message>
        <source>Rule %1: invalid regular expression &quot;%2&quot;: %3 (at offset %4).</source>
        <translation>Regra %1: expressão regular inválida &quot;%2&quot;: %3 (na posição %4).</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the suffix is empty.</source>
        <translation>Regra %1 (&quot;%2&quot;): o sufixo está vazio.</translation>
    </message>
    <message>
        <source>Rule %1 (&quot;%2&quot;): the suffix &quot;%3&quot; contains spaces.</source>
        <translation>Regra %1 (&quot;%2&quot;): o sufixo &quot;%3&quot; contém espaços.</translation>
    </message>
</context>
<context>
    <name>ImapProbe</name>
    <message>
        <source>%1 sent an answer longer than %2 KiB.</source>
        <translation>%1 enviou uma resposta com mais de %2 KiB.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. %2</source>
        <translation>O certificado de %1 não é confiável. %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Não é possível conectar a %1: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>O handshake TLS com %1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection without a word.</source>
        <translation>%1 fechou a conexão sem dizer nada.</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 fechou a conexão: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation>A conexão com %1 caiu: %2</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1 within %n s.</source>
        <translation>
            <numerusform>Nenhuma conexão com %1 em %n s.</numerusform>
            <numerusform>Nenhuma conexão com %1 em %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>o handshake TLS</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>a saudação</translation>
    </message>
    <message>
        <source>the answer to CAPABILITY</source>
        <translation>a resposta ao CAPABILITY</translation>
    </message>
    <message>
        <source>the answer to STARTTLS</source>
        <translation>a resposta ao STARTTLS</translation>
    </message>
    <message>
        <source>the answer to ID</source>
        <translation>a resposta ao ID</translation>
    </message>
    <message>
        <source>the answer to the login</source>
        <translation>a resposta ao login</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n s (waiting for %2).</source>
        <translation>
            <numerusform>%1 não respondeu em %n s (aguardando %2).</numerusform>
            <numerusform>%1 não respondeu em %n s (aguardando %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not greet like an IMAP server.</source>
        <translation>%1 não saúda como um servidor IMAP.</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 recusou a conexão: %2</translation>
    </message>
    <message>
        <source>%1 logged the connection in without a password; such a server cannot be checked.</source>
        <translation>%1 autenticou a conexão sem senha; um servidor assim não pode ser verificado.</translation>
    </message>
    <message>
        <source>%1 asked for more data where none is due.</source>
        <translation>%1 pediu mais dados quando nenhum era esperado.</translation>
    </message>
    <message>
        <source>%1 refused CAPABILITY: %2</source>
        <translation>%1 recusou CAPABILITY: %2</translation>
    </message>
    <message>
        <source>%1 refused STARTTLS: %2</source>
        <translation>%1 recusou STARTTLS: %2</translation>
    </message>
    <message>
        <source>%1 sent unencrypted data after agreeing to STARTTLS.</source>
        <translation>%1 enviou dados sem criptografia depois de aceitar o STARTTLS.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Login em %1 como %2 efetuado.</translation>
    </message>
    <message>
        <source>%1 refused the login of %2: %3</source>
        <translation>%1 recusou o login de %2: %3</translation>
    </message>
    <message>
        <source>%1 did not understand the login of %2: %3</source>
        <translation>%1 não entendeu o login de %2: %3</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS: the password would travel unencrypted, so it was not sent. Choose SSL if the server has an IMAPS port.</source>
        <translation>%1 não oferece STARTTLS: a senha trafegaria sem criptografia, por isso não foi enviada. Escolha SSL se o servidor tiver uma porta IMAPS.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, but %1 offers STARTTLS: choose STARTTLS so that passwords do not travel in clear text.</source>
        <translation>A conexão não é criptografada, mas %1 oferece STARTTLS: escolha STARTTLS para que as senhas não trafeguem em texto claro.</translation>
    </message>
    <message>
        <source>%1 offers no encryption on this port: passwords would travel in clear text.</source>
        <translation>%1 não oferece criptografia nesta porta: as senhas trafegariam em texto claro.</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 responde.</translation>
    </message>
    <message>
        <source>The password for %1 was not sent: the connection to %2 is not encrypted. Allow clear text for this server to check it anyway.</source>
        <translation>A senha de %1 não foi enviada: a conexão com %2 não é criptografada. Permita texto claro para este servidor para verificá-lo mesmo assim.</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which IMAP cannot carry.</source>
        <translation>O nome de usuário ou a senha contém um caractere NUL, que o IMAP não consegue transmitir.</translation>
    </message>
    <message>
        <source>%1 accepts neither LOGIN nor AUTHENTICATE PLAIN.</source>
        <translation>%1 não aceita nem LOGIN nem AUTHENTICATE PLAIN.</translation>
    </message>
    <message>
        <source>%1 accepts neither LOGIN nor AUTHENTICATE PLAIN without encryption: choose SSL or STARTTLS.</source>
        <translation>%1 não aceita nem LOGIN nem AUTHENTICATE PLAIN sem criptografia: escolha SSL ou STARTTLS.</translation>
    </message>
    <message>
        <source>The password was sent unencrypted.</source>
        <translation>A senha foi enviada sem criptografia.</translation>
    </message>
</context>
<context>
    <name>Imapsync</name>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>imapsync finished without any error. After a dry run nothing was copied; after a credentials check both logins worked.</source>
        <translation>O imapsync terminou sem nenhum erro. Após uma simulação, nada foi copiado; após uma verificação de credenciais, os dois logins funcionaram.</translation>
    </message>
    <message>
        <source>Unclassified error</source>
        <translation>Erro não classificado</translation>
    </message>
    <message>
        <source>imapsync met an error it could not classify. The end of the log lists the errors (&quot;Err&quot; lines) and the most frequent one; fix the cause and retry: imapsync continues where it stopped.</source>
        <translation>O imapsync encontrou um erro que não conseguiu classificar. O fim do log lista os erros (linhas &quot;Err&quot;) e o mais frequente; corrija a causa e tente novamente: o imapsync continua de onde parou.</translation>
    </message>
    <message>
        <source>Stopped by a signal</source>
        <translation>Parado por um sinal</translation>
    </message>
    <message>
        <source>imapsync was told to stop by a signal (TERM, QUIT or INT) before the end. Messages already copied stay on the destination; retry the job to copy the rest.</source>
        <translation>O imapsync recebeu um sinal (TERM, QUIT ou INT) para parar antes do fim. As mensagens já copiadas permanecem no destino; repita a tarefa para copiar o restante.</translation>
    </message>
    <message>
        <source>Stopped by abort file</source>
        <translation>Parado pelo arquivo de interrupção</translation>
    </message>
    <message>
        <source>imapsync found its abort file and stopped cleanly between two messages. Messages already copied stay on the destination; retry the job to copy the rest.</source>
        <translation>O imapsync encontrou o seu arquivo de interrupção e parou de forma limpa entre duas mensagens. As mensagens já copiadas permanecem no destino; repita a tarefa para copiar o restante.</translation>
    </message>
    <message>
        <source>Pid file in use</source>
        <translation>Arquivo de PID em uso</translation>
    </message>
    <message>
        <source>imapsync refused to start because its pid file exists and names a running process (--pidfilelocking). Another imapsync may be migrating this mailbox: let it finish or stop it, then retry.</source>
        <translation>O imapsync recusou-se a iniciar porque o seu arquivo de PID existe e indica um processo em execução (--pidfilelocking). Outro imapsync pode já estar migrando esta caixa de correio: deixe-o terminar ou pare-o e, depois, tente novamente.</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Falha na conexão</translation>
    </message>
    <message>
        <source>imapsync could not connect, or reconnect after an interruption, to one of the servers. Check that both servers are reachable from this computer (name, port, firewall, VPN), then retry.</source>
        <translation>O imapsync não conseguiu se conectar, ou se reconectar após uma interrupção, a um dos servidores. Verifique se os dois servidores estão acessíveis a partir deste computador (nome, porta, firewall, VPN) e tente novamente.</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation>Falha no STARTTLS</translation>
    </message>
    <message>
        <source>The STARTTLS negotiation with a server failed. Check the security mode of the host (SSL on port 993, STARTTLS on 143, or none) and that the server supports it.</source>
        <translation>A negociação STARTTLS com um servidor falhou. Verifique o modo de segurança do host (SSL na porta 993, STARTTLS na 143, ou nenhum) e se o servidor o suporta.</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Falha na autenticação</translation>
    </message>
    <message>
        <source>A server refused the authentication method: pre-authentication, an XOAUTH2 token, or an administrator (master user) login. Check the authentication options, the token or the administrator account.</source>
        <translation>Um servidor recusou o método de autenticação: pré-autenticação, um token XOAUTH2 ou um login de administrador (usuário mestre). Verifique as opções de autenticação, o token ou a conta de administrador.</translation>
    </message>
    <message>
        <source>Source subfolder missing</source>
        <translation>Subpasta de origem ausente</translation>
    </message>
    <message>
        <source>The folder given with --subfolder1 does not exist on the source server. Check its exact name (case and hierarchy separator) in the extra arguments of the batch.</source>
        <translation>A pasta indicada com --subfolder1 não existe no servidor de origem. Verifique o seu nome exato (maiúsculas/minúsculas e separador de hierarquia) nos argumentos extras do lote.</translation>
    </message>
    <message>
        <source>Command line refused</source>
        <translation>Linha de comando recusada</translation>
    </message>
    <message>
        <source>imapsync refused its command line and did nothing. Most likely an extra argument of the batch is unknown to the installed imapsync, misspelt, misses its value, or conflicts with another option; the first lines of the log name it (&quot;Unknown option&quot;, &quot;Found N extra arguments&quot;).</source>
        <translation>O imapsync recusou a sua linha de comando e não fez nada. Muito provavelmente, um argumento extra do lote é desconhecido pelo imapsync instalado, está escrito errado, não tem o seu valor ou entra em conflito com outra opção; as primeiras linhas do log o indicam (&quot;Unknown option&quot;, &quot;Found N extra arguments&quot;).</translation>
    </message>
    <message>
        <source>Password file missing</source>
        <translation>Arquivo de senha ausente</translation>
    </message>
    <message>
        <source>imapsync could not read the password file prepared for this job (it was deleted or is not readable). Retry the job; if it happens again, check the free space and permissions of the ImapDesk data folder.</source>
        <translation>O imapsync não conseguiu ler o arquivo de senha preparado para esta tarefa (foi apagado ou não pode ser lido). Repita a tarefa; se acontecer de novo, verifique o espaço livre e as permissões da pasta de dados do ImapDesk.</translation>
    </message>
    <message>
        <source>Computer overloaded</source>
        <translation>Computador sobrecarregado</translation>
    </message>
    <message>
        <source>imapsync refused to run because the computer was too loaded (normally only in its web mode). Run fewer jobs at the same time and retry.</source>
        <translation>O imapsync recusou-se a executar porque o computador estava sobrecarregado (normalmente só no seu modo web). Execute menos tarefas ao mesmo tempo e tente novamente.</translation>
    </message>
    <message>
        <source>imapsync internal error</source>
        <translation>Erro interno do imapsync</translation>
    </message>
    <message>
        <source>imapsync hit an internal limitation, for example --uidexpunge2 without support in its Mail::IMAPClient module. Update imapsync and its Perl modules, or remove the option from the extra arguments.</source>
        <translation>O imapsync atingiu uma limitação interna, por exemplo --uidexpunge2 sem suporte no seu módulo Mail::IMAPClient. Atualize o imapsync e os seus módulos Perl, ou remova a opção dos argumentos extras.</translation>
    </message>
    <message>
        <source>Source server unreachable</source>
        <translation>Servidor de origem inacessível</translation>
    </message>
    <message>
        <source>imapsync could not connect to the source server: the name does not resolve, nothing answers on that port, a firewall blocks it, or the TLS handshake failed (security mode wrong for the port, or certificate refused). Check the host, port and security mode of the source.</source>
        <translation>O imapsync não conseguiu se conectar ao servidor de origem: o nome não é resolvido, nada responde nessa porta, um firewall bloqueia a conexão ou o handshake TLS falhou (modo de segurança errado para a porta, ou certificado recusado). Verifique o host, a porta e o modo de segurança da origem.</translation>
    </message>
    <message>
        <source>Destination server unreachable</source>
        <translation>Servidor de destino inacessível</translation>
    </message>
    <message>
        <source>imapsync could not connect to the destination server: the name does not resolve, nothing answers on that port, a firewall blocks it, or the TLS handshake failed (security mode wrong for the port, or certificate refused). Check the host, port and security mode of the destination. (imapsync&apos;s own hint wrongly says &quot;host1&quot; here.)</source>
        <translation>O imapsync não conseguiu se conectar ao servidor de destino: o nome não é resolvido, nada responde nessa porta, um firewall bloqueia a conexão ou o handshake TLS falhou (modo de segurança errado para a porta, ou certificado recusado). Verifique o host, a porta e o modo de segurança do destino. (A própria dica do imapsync diz aqui, erradamente, &quot;host1&quot;.)</translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation>Terminado com erros</translation>
    </message>
    <message>
        <source>imapsync went through the mailbox but some operations failed; the end of the log lists them (&quot;Err&quot; lines). Retry: imapsync only copies what is still missing.</source>
        <translation>O imapsync percorreu a caixa de correio, mas algumas operações falharam; o fim do log as lista (linhas &quot;Err&quot;). Tente novamente: o imapsync copia apenas o que ainda falta.</translation>
    </message>
    <message>
        <source>Too many errors</source>
        <translation>Erros demais</translation>
    </message>
    <message>
        <source>imapsync stopped after too many errors (--errorsmax, 50 by default). Look at the first errors in the log, fix their cause, then retry.</source>
        <translation>O imapsync parou após erros demais (--errorsmax, 50 por padrão). Veja os primeiros erros no log, corrija a causa e tente novamente.</translation>
    </message>
    <message>
        <source>Destination mailbox full</source>
        <translation>Caixa de correio de destino cheia</translation>
    </message>
    <message>
        <source>The destination mailbox is over its quota: the server refused messages (OVERQUOTA). Ask the destination administrator to raise the quota or make room, then retry to copy the remaining messages.</source>
        <translation>A caixa de correio de destino excedeu a sua cota: o servidor recusou mensagens (OVERQUOTA). Peça ao administrador do destino que aumente a cota ou libere espaço e, depois, tente novamente para copiar as mensagens restantes.</translation>
    </message>
    <message>
        <source>Messages refused by destination</source>
        <translation>Mensagens recusadas pelo destino</translation>
    </message>
    <message>
        <source>The destination server refused to store some messages (APPEND failed), often because they are too big or malformed. The log names them; consider --maxsize or ask the destination administrator, then retry.</source>
        <translation>O servidor de destino recusou-se a armazenar algumas mensagens (APPEND falhou), muitas vezes por serem grandes demais ou malformadas. O log as indica; considere --maxsize ou consulte o administrador do destino e, depois, tente novamente.</translation>
    </message>
    <message>
        <source>Messages unreadable on source</source>
        <translation>Mensagens ilegíveis na origem</translation>
    </message>
    <message>
        <source>Some messages could not be read from the source server (FETCH failed), often damaged messages or a server timeout. Retry; if the same messages fail again they are probably damaged on the source.</source>
        <translation>Algumas mensagens não puderam ser lidas do servidor de origem (FETCH falhou), muitas vezes mensagens danificadas ou um tempo limite do servidor. Tente novamente; se as mesmas mensagens falharem de novo, provavelmente estão danificadas na origem.</translation>
    </message>
    <message>
        <source>Folder creation failed</source>
        <translation>Falha ao criar pastas</translation>
    </message>
    <message>
        <source>The destination server refused to create some folders (forbidden characters, reserved name, hierarchy too deep). The log names them; --automap, --regextrans2 or --exclude can map or skip them.</source>
        <translation>O servidor de destino recusou-se a criar algumas pastas (caracteres proibidos, nome reservado, hierarquia profunda demais). O log as indica; --automap, --regextrans2 ou --exclude podem mapeá-las ou ignorá-las.</translation>
    </message>
    <message>
        <source>Folder could not be opened</source>
        <translation>Não foi possível abrir a pasta</translation>
    </message>
    <message>
        <source>Some folders could not be opened (SELECT failed), often special or non-selectable folders, or missing rights. The log names them; exclude them with --exclude or check the permissions, then retry.</source>
        <translation>Algumas pastas não puderam ser abertas (SELECT falhou), muitas vezes pastas especiais ou não selecionáveis, ou por falta de permissões. O log as indica; exclua-as com --exclude ou verifique as permissões e, depois, tente novamente.</translation>
    </message>
    <message>
        <source>Transfer limit reached</source>
        <translation>Limite de transferência atingido</translation>
    </message>
    <message>
        <source>imapsync stopped on purpose after transferring the amount set with --exitwhenover (for provider daily limits). Run the job again later to continue.</source>
        <translation>O imapsync parou de propósito após transferir a quantidade definida com --exitwhenover (para limites diários de provedores). Execute a tarefa novamente mais tarde para continuar.</translation>
    </message>
    <message>
        <source>Messages refused as viruses</source>
        <translation>Mensagens recusadas como vírus</translation>
    </message>
    <message>
        <source>The destination refused some messages because its antivirus flagged them; they were not copied. Agree with the mailbox owner whether that is acceptable.</source>
        <translation>O destino recusou algumas mensagens porque o seu antivírus as sinalizou; elas não foram copiadas. Combine com o dono da caixa de correio se isso é aceitável.</translation>
    </message>
    <message>
        <source>Flags not set</source>
        <translation>Flags não definidas</translation>
    </message>
    <message>
        <source>Some message flags (read, answered, keywords) could not be set on the destination; the messages themselves were copied. --filterbuggyflags or --regexflag can drop the flags the server refuses.</source>
        <translation>Algumas flags de mensagem (lida, respondida, palavras-chave) não puderam ser definidas no destino; as mensagens em si foram copiadas. --filterbuggyflags ou --regexflag podem descartar as flags que o servidor recusa.</translation>
    </message>
    <message>
        <source>Source login refused</source>
        <translation>Login na origem recusado</translation>
    </message>
    <message>
        <source>The source server refused the login of user1: check the password, whether IMAP is enabled for this mailbox, and whether the provider requires an app password or OAuth2.</source>
        <translation>O servidor de origem recusou o login de user1: verifique a senha, se o IMAP está ativado para esta caixa de correio e se o provedor exige uma senha de app ou OAuth2.</translation>
    </message>
    <message>
        <source>Destination login refused</source>
        <translation>Login no destino recusado</translation>
    </message>
    <message>
        <source>The destination server refused the login of user2: check the password, whether the mailbox exists and IMAP is enabled for it, and whether the provider requires an app password or OAuth2.</source>
        <translation>O servidor de destino recusou o login de user2: verifique a senha, se a caixa de correio existe e tem o IMAP ativado, e se o provedor exige uma senha de app ou OAuth2.</translation>
    </message>
    <message>
        <source>Self-tests failed</source>
        <translation>Falha nos autotestes</translation>
    </message>
    <message>
        <source>imapsync ran its self-tests (--tests) instead of a migration and some failed. Remove the test options from the extra arguments.</source>
        <translation>O imapsync executou os seus autotestes (--tests) em vez de uma migração e alguns falharam. Remova as opções de teste dos argumentos extras.</translation>
    </message>
    <message>
        <source>Perl error</source>
        <translation>Erro de Perl</translation>
    </message>
    <message>
        <source>imapsync stopped on an unexpected Perl error. The last lines of the log show it, often a missing Perl module or an imapsync bug; update imapsync and retry.</source>
        <translation>O imapsync parou com um erro de Perl inesperado. As últimas linhas do log o mostram, muitas vezes um módulo Perl ausente ou um bug do imapsync; atualize o imapsync e tente novamente.</translation>
    </message>
    <message>
        <source>Unexpected exit code %1</source>
        <translation>Código de saída inesperado %1</translation>
    </message>
    <message>
        <source>imapsync ended with exit code %1, which it does not document (a Perl error usually exits with a system error number). The last lines of the log show what happened; retry the job.</source>
        <translation>O imapsync terminou com o código de saída %1, que ele não documenta (um erro de Perl geralmente sai com um número de erro do sistema). As últimas linhas do log mostram o que aconteceu; repita a tarefa.</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>sinal %1</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>um sinal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Stopped on request before the end. Messages already copied stay on the destination; retry the job to copy the rest (imapsync skips what is already there).</source>
        <translation>Parado a pedido antes do fim. As mensagens já copiadas permanecem no destino; repita a tarefa para copiar o restante (o imapsync ignora o que já está lá).</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Encerrado à força</translation>
    </message>
    <message>
        <source>imapsync was killed by %1 that ImapDesk did not send: the computer may have run out of memory (the system then sends SIGKILL), been shutting down, or someone ended the process. Retry the job: imapsync continues where it stopped.</source>
        <translation>O imapsync foi encerrado por %1 que o ImapDesk não enviou: o computador pode ter ficado sem memória (o sistema envia então SIGKILL) ou ter sido desligado, ou alguém encerrou o processo. Repita a tarefa: o imapsync continua de onde parou.</translation>
    </message>
    <message>
        <source>imapsync stopped cleanly because it found its abort file, which ImapDesk did not create (someone ran &quot;imapsync --abort&quot;?). Messages already copied stay on the destination; retry the job to copy the rest.</source>
        <translation>O imapsync parou de forma limpa porque encontrou o seu arquivo de interrupção, que o ImapDesk não criou (alguém executou &quot;imapsync --abort&quot;?). As mensagens já copiadas permanecem no destino; repita a tarefa para copiar o restante.</translation>
    </message>
    <message>
        <source>Transfer OK, spam not synced</source>
        <translation>Transferência OK, spam não sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>Everything was copied except some messages of the spam/junk folder (%n error(s), all there; imapsync ended with %1). Spam folders often hold malformed messages that servers refuse; usually nothing needs to be done.</source>
        <translation>
            <numerusform>Tudo foi copiado, exceto algumas mensagens da pasta de spam/lixo eletrônico (%n erro, nessa pasta; o imapsync terminou com %1). As pastas de spam costumam conter mensagens malformadas que os servidores recusam; normalmente não é preciso fazer nada.</numerusform>
            <numerusform>Tudo foi copiado, exceto algumas mensagens da pasta de spam/lixo eletrônico (%n erros, todos nessa pasta; o imapsync terminou com %1). As pastas de spam costumam conter mensagens malformadas que os servidores recusam; normalmente não é preciso fazer nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The single quote at column %1 is never closed.</source>
        <translation>As aspas simples na coluna %1 nunca são fechadas.</translation>
    </message>
    <message>
        <source>The double quote at column %1 is never closed.</source>
        <translation>As aspas duplas na coluna %1 nunca são fechadas.</translation>
    </message>
    <message>
        <source>ImapDesk hands the passwords to imapsync itself, never on its command line; they come from the account list.</source>
        <translation>O ImapDesk entrega as senhas ao imapsync por conta própria, nunca na linha de comando; elas vêm da lista de contas.</translation>
    </message>
    <message>
        <source>it would print the passwords in clear text in the log.</source>
        <translation>imprimiria as senhas em texto claro no log.</translation>
    </message>
    <message>
        <source>ImapDesk sets the log of each job itself (one file per job in the log folder of the batch).</source>
        <translation>O ImapDesk define ele mesmo o log de cada tarefa (um arquivo por tarefa na pasta de logs do lote).</translation>
    </message>
    <message>
        <source>ImapDesk gives each job its own pid file to follow and stop it.</source>
        <translation>O ImapDesk dá a cada tarefa o seu próprio arquivo de PID para acompanhá-la e pará-la.</translation>
    </message>
    <message>
        <source>set the host, port and security of the source and the destination in the batch settings.</source>
        <translation>defina o host, a porta e a segurança da origem e do destino nas configurações do lote.</translation>
    </message>
    <message>
        <source>the user names come from the account list.</source>
        <translation>os nomes de usuário vêm da lista de contas.</translation>
    </message>
    <message>
        <source>choose the provider preset (Gmail, Microsoft 365, Exchange, Domino) in the host settings of the batch.</source>
        <translation>escolha a predefinição do provedor (Gmail, Microsoft 365, Exchange, Domino) nas configurações de host do lote.</translation>
    </message>
    <message>
        <source>use the “Dry run” option of the batch instead.</source>
        <translation>use, em vez disso, a opção “Simulação” do lote.</translation>
    </message>
    <message>
        <source>use the “Check credentials only” option of the batch instead.</source>
        <translation>use, em vez disso, a opção “Verificar apenas as credenciais” do lote.</translation>
    </message>
    <message>
        <source>use Cancel in ImapDesk to stop jobs.</source>
        <translation>use Cancelar no ImapDesk para parar tarefas.</translation>
    </message>
    <message>
        <source>it makes imapsync run its self-tests or print information instead of migrating.</source>
        <translation>faz o imapsync executar os seus autotestes ou imprimir informações em vez de migrar.</translation>
    </message>
    <message>
        <source>ImapDesk stops jobs with signals and needs the default signal handling of imapsync.</source>
        <translation>O ImapDesk para as tarefas com sinais e precisa do tratamento de sinais padrão do imapsync.</translation>
    </message>
    <message>
        <source>ImapDesk sets it from the version of the installed imapsync.</source>
        <translation>O ImapDesk a define a partir da versão do imapsync instalado.</translation>
    </message>
    <message>
        <source>%1 (short for %2)</source>
        <translation>%1 (abreviação de %2)</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it could mean %2. Write the option in full.</source>
        <translation>%1 é ambíguo: pode significar %2. Escreva a opção por extenso.</translation>
    </message>
    <message>
        <source>imapsync %1 does not know %2: that version stops at once with a usage error (exit code 64). Check the spelling, unless the installed imapsync is newer.</source>
        <translation>O imapsync %1 não conhece %2: essa versão para imediatamente com um erro de uso (código de saída 64). Verifique a ortografia, a menos que o imapsync instalado seja mais recente.</translation>
    </message>
    <message>
        <source>%1 is not allowed in the extra arguments: %2</source>
        <translation>%1 não é permitido nos argumentos extras: %2</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 não aceita valor.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 precisa de um valor.</translation>
    </message>
    <message>
        <source>%1 expects a whole number, not “%2”.</source>
        <translation>%1 espera um número inteiro, não “%2”.</translation>
    </message>
    <message>
        <source>%1 expects a number, not “%2”.</source>
        <translation>%1 espera um número, não “%2”.</translation>
    </message>
    <message>
        <source>%1 expects KEY=VALUE, e.g. SSL_verify_mode=1.</source>
        <translation>%1 espera CHAVE=VALOR, por exemplo SSL_verify_mode=1.</translation>
    </message>
    <message>
        <source>Argument %1 is not an option and no option before it takes a value.</source>
        <translation>O argumento %1 não é uma opção e nenhuma opção antes dele aceita um valor.</translation>
    </message>
    <message>
        <source>Argument %1 (“%2”) is not an option and no option before it takes a value.</source>
        <translation>O argumento %1 (“%2”) não é uma opção e nenhuma opção antes dele aceita um valor.</translation>
    </message>
    <message>
        <source>imapsync would stop with “Found 1 extra arguments”. Quote values that contain blanks.</source>
        <translation>O imapsync pararia com “Found 1 extra arguments”. Coloque entre aspas os valores que contêm espaços.</translation>
    </message>
    <message>
        <source>Did you mean --delete2?</source>
        <translation>Quis dizer --delete2?</translation>
    </message>
    <message>
        <source>The source host is empty: imapsync would only test a connection and report success.</source>
        <translation>O host de origem está vazio: o imapsync apenas testaria uma conexão e informaria sucesso.</translation>
    </message>
    <message>
        <source>The destination host is empty: imapsync would only test a connection and report success.</source>
        <translation>O host de destino está vazio: o imapsync apenas testaria uma conexão e informaria sucesso.</translation>
    </message>
    <message>
        <source>The source user is empty: imapsync would only test a connection and report success.</source>
        <translation>O usuário de origem está vazio: o imapsync apenas testaria uma conexão e informaria sucesso.</translation>
    </message>
    <message>
        <source>The destination user is empty: imapsync would only test a connection and report success.</source>
        <translation>O usuário de destino está vazio: o imapsync apenas testaria uma conexão e informaria sucesso.</translation>
    </message>
    <message>
        <source>The provider preset of the source connects with SSL: set its security to SSL.</source>
        <translation>A predefinição do provedor da origem conecta com SSL: defina a segurança da origem como SSL.</translation>
    </message>
    <message>
        <source>The provider preset of the destination connects with SSL: set its security to SSL.</source>
        <translation>A predefinição do provedor do destino conecta com SSL: defina a segurança do destino como SSL.</translation>
    </message>
    <message>
        <source>The password file of the source must be an absolute path.</source>
        <translation>O arquivo de senha da origem deve ser um caminho absoluto.</translation>
    </message>
    <message>
        <source>The password file of the destination must be an absolute path.</source>
        <translation>O arquivo de senha do destino deve ser um caminho absoluto.</translation>
    </message>
    <message>
        <source>The source password cannot be passed through the environment (imapsync ignores an empty password or a lone zero there): a password file is needed for it.</source>
        <translation>A senha da origem não pode ser passada pelo ambiente (o imapsync ignora ali uma senha vazia ou um zero isolado): é necessário um arquivo de senha para ela.</translation>
    </message>
    <message>
        <source>The destination password cannot be passed through the environment (imapsync ignores an empty password or a lone zero there): a password file is needed for it.</source>
        <translation>A senha do destino não pode ser passada pelo ambiente (o imapsync ignora ali uma senha vazia ou um zero isolado): é necessário um arquivo de senha para ela.</translation>
    </message>
    <message>
        <source>Each job needs its own pid file, given as an absolute path: imapsync&apos;s default one is shared by all its runs.</source>
        <translation>Cada tarefa precisa do seu próprio arquivo de PID, indicado como caminho absoluto: o arquivo padrão do imapsync é compartilhado por todas as suas execuções.</translation>
    </message>
    <message>
        <source>The log file must be an absolute path: imapsync would put a relative one under LOG_imapsync in its working directory.</source>
        <translation>O arquivo de log deve ser um caminho absoluto: o imapsync colocaria um arquivo relativo em LOG_imapsync no seu diretório de trabalho.</translation>
    </message>
    <message>
        <source>The extra arguments are refused: %1</source>
        <translation>Os argumentos extras foram recusados: %1</translation>
    </message>
    <message>
        <source>No imapsync program is set.</source>
        <translation>Nenhum programa imapsync definido.</translation>
    </message>
    <message>
        <source>The accepted certificate of the source is not a SHA-256 fingerprint.</source>
        <translation>O certificado aceito da origem não é uma impressão digital SHA-256.</translation>
    </message>
    <message>
        <source>The accepted certificate of the destination is not a SHA-256 fingerprint.</source>
        <translation>O certificado aceito do destino não é uma impressão digital SHA-256.</translation>
    </message>
</context>
<context>
    <name>ImapsyncLocator</name>
    <message>
        <source>Install imapsync (https://imapsync.lamiral.info/#install): on Debian or Ubuntu follow INSTALL.Debian.txt there, on macOS run &apos;brew install imapsync&apos;, on Windows put imapsync.exe next to imapdesk.exe. Or give its full path with --imapsync, the IMAPDESK_IMAPSYNC variable or the settings.</source>
        <translation>Instale o imapsync (https://imapsync.lamiral.info/#install): no Debian ou Ubuntu, siga o INSTALL.Debian.txt desse site; no macOS, execute &apos;brew install imapsync&apos;; no Windows, coloque imapsync.exe ao lado de imapdesk.exe. Ou indique o caminho completo com --imapsync, com a variável IMAPDESK_IMAPSYNC ou nas configurações.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not the imapsync program.</source>
        <translation>%1 é uma pasta, não o programa imapsync.</translation>
    </message>
    <message>
        <source>%1 is not executable (on Linux and macOS: chmod +x).</source>
        <translation>%1 não é executável (no Linux e no macOS: chmod +x).</translation>
    </message>
    <message>
        <source>PATH (%1)</source>
        <translation>PATH (%1)</translation>
    </message>
    <message>
        <source>imapsync was not found. ImapDesk looked in: %1. %2</source>
        <translation>O imapsync não foi encontrado. O ImapDesk procurou em: %1. %2</translation>
    </message>
</context>
<context>
    <name>ImapsyncProbe</name>
    <message>
        <source>%1 --version did not answer within %2 s.</source>
        <translation>%1 --version não respondeu em %2 s.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Não é possível executar %1: %2</translation>
    </message>
    <message>
        <source>%1 --version printed no imapsync version: is it imapsync?</source>
        <translation>%1 --version não imprimiu nenhuma versão do imapsync: é mesmo o imapsync?</translation>
    </message>
</context>
<context>
    <name>ImapsyncVersion</name>
    <message>
        <source>imapsync %1 is too old: it cannot read passwords from ImapDesk, so jobs fail. Install imapsync %2 or newer.</source>
        <extracomment>%1 is the version found, such as 1.700</extracomment>
        <translation>O imapsync %1 é antigo demais: não consegue ler as senhas do ImapDesk, por isso as tarefas falham. Instale o imapsync %2 ou mais recente.</translation>
    </message>
    <message>
        <source>imapsync %1 is older than %2, the oldest version known to work with ImapDesk: progress or verdicts may be wrong. Update imapsync if jobs misbehave.</source>
        <extracomment>%1 is the version found, such as 2.100; %2 the oldest tested, 2.229</extracomment>
        <translation>O imapsync %1 é anterior à %2, a versão mais antiga que sabidamente funciona com o ImapDesk: o progresso ou os resultados podem estar errados. Atualize o imapsync se as tarefas se comportarem de forma estranha.</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Bem-sucedido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <source>Needs password</source>
        <translation>Senha necessária</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>The password was not sent: the connection to %1:%2 is not encrypted. Allow clear text for this server to check it anyway.</source>
        <translation>A senha não foi enviada: a conexão com %1:%2 não é criptografada. Permita texto claro para este servidor para verificá-lo mesmo assim.</translation>
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
        <translation>Falha no login</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inacessível</translation>
    </message>
    <message>
        <source>Certificate or TLS problem</source>
        <translation>Problema de certificado ou TLS</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sem criptografia</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erro do servidor</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1 jobs</source>
        <extracomment>Jobs ended out of all jobs of a batch (&quot;3/50&quot;)</extracomment>
        <translation>%1 tarefas</translation>
    </message>
    <message>
        <source>%1 jobs, %2 messages</source>
        <extracomment>Jobs ended, then messages copied, of a batch (&quot;3/50&quot;, &quot;1,234/5,678&quot;)</extracomment>
        <translation>%1 tarefas, %2 mensagens</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A number of jobs and their state (&quot;5 Succeeded&quot;)</extracomment>
        <translation>%2 (%1)</translation>
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
        <translation>Microsoft Exchange (local)</translation>
    </message>
    <message>
        <source>HCL Domino</source>
        <translation>HCL Domino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Não foi possível gravar o relatório: %1</translation>
    </message>
    <message>
        <source>Could not prepare the database %1: %2</source>
        <translation>Não foi possível preparar o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Could not open the database %1: the Qt SQL driver %2 is not installed.</source>
        <translation>Não foi possível abrir o banco de dados %1: o driver SQL %2 do Qt não está instalado.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Could not set up the database %1: %2</source>
        <translation>Não foi possível configurar o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Could not open the database %1: the folder %2 cannot be created.</source>
        <translation>Não foi possível abrir o banco de dados %1: a pasta %2 não pode ser criada.</translation>
    </message>
    <message>
        <source>A batch needs at least one account.</source>
        <translation>Um lote precisa de pelo menos uma conta.</translation>
    </message>
    <message>
        <source>A batch needs a source and a destination host.</source>
        <translation>Um lote precisa de um host de origem e de um host de destino.</translation>
    </message>
    <message>
        <source>Could not add the batch</source>
        <translation>Não foi possível adicionar o lote</translation>
    </message>
    <message>
        <source>batch %1, to start after, does not exist.</source>
        <translation>o lote %1, após o qual este deve iniciar, não existe.</translation>
    </message>
    <message>
        <source>Could not archive batch %1</source>
        <translation>Não foi possível arquivar o lote %1</translation>
    </message>
    <message>
        <source>Could not unarchive batch %1</source>
        <translation>Não foi possível desarquivar o lote %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the batch are still running; cancel them first.</source>
        <translation>
            <numerusform>%n tarefa do lote ainda está em execução; cancele-a primeiro.</numerusform>
            <numerusform>%n tarefas do lote ainda estão em execução; cancele-as primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no batch %1.</source>
        <translation>não existe o lote %1.</translation>
    </message>
    <message>
        <source>Could not delete batch %1</source>
        <translation>Não foi possível excluir o lote %1</translation>
    </message>
    <message>
        <source>Could not claim a job</source>
        <translation>Não foi possível reservar uma tarefa</translation>
    </message>
    <message>
        <source>Could not start the batches waiting for others</source>
        <translation>Não foi possível iniciar os lotes que aguardam outros</translation>
    </message>
    <message>
        <source>Could not record the start of attempt %1</source>
        <translation>Não foi possível registrar o início da tentativa %1</translation>
    </message>
    <message>
        <source>Could not save the progress of attempt %1</source>
        <translation>Não foi possível guardar o progresso da tentativa %1</translation>
    </message>
    <message>
        <source>Could not record the end of attempt %1</source>
        <translation>Não foi possível registrar o fim da tentativa %1</translation>
    </message>
    <message>
        <source>imapsync did not start</source>
        <translation>o imapsync não iniciou</translation>
    </message>
    <message>
        <source>there is no attempt %1.</source>
        <translation>não existe a tentativa %1.</translation>
    </message>
    <message>
        <source>Could not renew the claims of this runner</source>
        <translation>Não foi possível renovar as reservas deste processo executor</translation>
    </message>
    <message>
        <source>Could not read the cancel requests</source>
        <translation>Não foi possível ler os pedidos de cancelamento</translation>
    </message>
    <message>
        <source>Could not cancel batch %1</source>
        <translation>Não foi possível cancelar o lote %1</translation>
    </message>
    <message>
        <source>Could not cancel the jobs</source>
        <translation>Não foi possível cancelar as tarefas</translation>
    </message>
    <message>
        <source>Could not retry batch %1</source>
        <translation>Não foi possível repetir o lote %1</translation>
    </message>
    <message>
        <source>there is no job %1.</source>
        <translation>não existe a tarefa %1.</translation>
    </message>
    <message>
        <source>Could not retry job %1</source>
        <translation>Não foi possível repetir a tarefa %1</translation>
    </message>
    <message>
        <source>Could not list the running attempts</source>
        <translation>Não foi possível listar as tentativas em execução</translation>
    </message>
    <message>
        <source>Could not mark the interrupted jobs</source>
        <translation>Não foi possível marcar as tarefas interrompidas</translation>
    </message>
    <message>
        <source>Could not list the batches</source>
        <translation>Não foi possível listar os lotes</translation>
    </message>
    <message>
        <source>Could not read batch %1</source>
        <translation>Não foi possível ler o lote %1</translation>
    </message>
    <message>
        <source>Could not list the jobs of batch %1</source>
        <translation>Não foi possível listar as tarefas do lote %1</translation>
    </message>
    <message>
        <source>Could not read job %1</source>
        <translation>Não foi possível ler a tarefa %1</translation>
    </message>
    <message>
        <source>Could not list the attempts of job %1</source>
        <translation>Não foi possível listar as tentativas da tarefa %1</translation>
    </message>
    <message>
        <source>Could not read the totals</source>
        <translation>Não foi possível ler os totais</translation>
    </message>
    <message>
        <source>it was created by a newer ImapDesk (schema version %1; this ImapDesk knows up to version %2). Upgrade ImapDesk to use it.</source>
        <translation>foi criado por um ImapDesk mais recente (versão do esquema %1; este ImapDesk conhece até a versão %2). Atualize o ImapDesk para usá-lo.</translation>
    </message>
    <message>
        <source>%1 (database %2): %3</source>
        <translation>%1 (banco de dados %2): %3</translation>
    </message>
    <message>
        <source>its id is missing from database_info</source>
        <translation>o ID do banco de dados não consta em database_info</translation>
    </message>
    <message>
        <source>Could not save the progress of running jobs</source>
        <translation>Não foi possível guardar o progresso das tarefas em execução</translation>
    </message>
    <message>
        <source>Passwords missing</source>
        <translation>Senhas ausentes</translation>
    </message>
    <message>
        <source>a row of table %1 lost the row it refers to in %2</source>
        <translation>uma linha da tabela %1 perdeu a linha a que se refere em %2</translation>
    </message>
</context>
<context>
    <name>TicketSummary</name>
    <message>
        <source>%1 (exit %2)</source>
        <translation>%1 (código de saída %2)</translation>
    </message>
    <message>
        <source>ImapDesk batch %1%2</source>
        <translation>Lote do ImapDesk %1%2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 para %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was copied.</source>
        <translation>Simulação: nada foi copiado.</translation>
    </message>
    <message>
        <source>Credentials check only (--justlogin).</source>
        <translation>Apenas verificação de credenciais (--justlogin).</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Contas: %1</translation>
    </message>
    <message>
        <source>Messages copied: %1, data copied: %2</source>
        <translation>Mensagens copiadas: %1, dados copiados: %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duração: %1</translation>
    </message>
    <message>
        <source>- %1 -&gt; %2: %3</source>
        <translation>- %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>Accounts that did not succeed:</source>
        <translation>Contas sem sucesso:</translation>
    </message>
</context>
<context>
    <name>TlsCertificate</name>
    <message>
        <source>The certificate is self-signed: no certificate authority vouches for it.</source>
        <translation>O certificado é autoassinado: nenhuma autoridade certificadora o garante.</translation>
    </message>
    <message>
        <source>The certificate was issued for another name than this server&apos;s.</source>
        <translation>O certificado foi emitido para um nome diferente do deste servidor.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>O certificado expirou.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet (is this computer&apos;s clock right?).</source>
        <translation>O certificado ainda não é válido (o relógio deste computador está certo?).</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust.</source>
        <translation>O certificado foi emitido por uma autoridade em que este computador não confia.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>O certificado foi revogado.</translation>
    </message>
    <message>
        <source>The certificate is invalid.</source>
        <translation>O certificado é inválido.</translation>
    </message>
</context>
<context>
    <name>imapdesk::AboutDialog</name>
    <message>
        <source>About ImapDesk</source>
        <translation>Sobre o ImapDesk</translation>
    </message>
    <message>
        <source>ImapDesk %1</source>
        <translation>ImapDesk %1</translation>
    </message>
    <message>
        <source>Migrates mailboxes between IMAP servers in batches with imapsync.</source>
        <translation>Migra caixas de correio entre servidores IMAP em lotes com o imapsync.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>built with %1, running %2</source>
        <translation>compilado com %1, em execução com %2</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>imapsync:</source>
        <translation>imapsync:</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>imapsync, by Gilles Lamiral: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>imapsync, de Gilles Lamiral: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy these facts as plain text, for a support ticket</source>
        <translation>Copiar estas informações como texto simples, para um ticket de suporte</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>não encontrado: %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versão %2</translation>
    </message>
    <message>
        <source>%1, version unknown: %2</source>
        <translation>%1, versão desconhecida: %2</translation>
    </message>
</context>
<context>
    <name>imapdesk::AccountListPanel</name>
    <message>
        <source>example.com (optional)</source>
        <translation>example.com (opcional)</translation>
    </message>
    <message>
        <source>Paste accounts here, one per line:
user1 password1
user1 password1 user2 password2
Separators: spaces, tabs, comma, semicolon or |. Quote passwords with spaces.
Or import a .txt, .csv or .tsv file (Ctrl+O), or drop it on the window.</source>
        <translation>Cole as contas aqui, uma por linha:
user1 password1
user1 password1 user2 password2
Separadores: espaços, tabulações, vírgula, ponto e vírgula ou |. Coloque entre aspas as senhas com espaços.
Ou importe um arquivo .txt, .csv ou .tsv (Ctrl+O), ou arraste-o para a janela.</translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation>&amp;Domínio padrão:</translation>
    </message>
    <message>
        <source>Not a domain name such as example.com</source>
        <translation>Não é um nome de domínio como example.com</translation>
    </message>
    <message>
        <source>Cannot read %1:
%2</source>
        <translation>Não é possível ler %1:
%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Accounts ready: %1 · Rejected lines: %2 · Duplicates: %3</source>
        <translation>Contas prontas: %1 · Linhas rejeitadas: %2 · Duplicadas: %3</translation>
    </message>
    <message>
        <source>Import account list</source>
        <translation>Importar lista de contas</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.

%2

Read it as Windows-1252 (Western European) instead? Check the preview carefully: a wrong guess changes accented characters in passwords.</source>
        <translation>%1 não é texto UTF-8.

%2

Ler como Windows-1252 (Europa Ocidental)? Verifique a pré-visualização com cuidado: uma suposição errada altera os caracteres acentuados das senhas.</translation>
    </message>
    <message>
        <source>Load a sample list</source>
        <translation>Carregar uma lista de exemplo</translation>
    </message>
    <message>
        <source>Shows the formats ImapDesk reads, in the paste box</source>
        <translation>Mostra, na caixa de colagem, os formatos que o ImapDesk lê</translation>
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
        <translation>Rejeitada: %1</translation>
    </message>
    <message>
        <source>Duplicate of line %1, skipped</source>
        <translation>Duplica a linha %1, ignorada</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Source user</source>
        <translation>Usuário de origem</translation>
    </message>
    <message>
        <source>Destination user</source>
        <translation>Usuário de destino</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source check</source>
        <translation>Verificação da origem</translation>
    </message>
    <message>
        <source>Destination check</source>
        <translation>Verificação do destino</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Falha no login</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inacessível</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>Problema de TLS</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problema de certificado: %1</translation>
    </message>
    <message>
        <source>Not encrypted: login not tried</source>
        <translation>Sem criptografia: login não tentado</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erro do servidor</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>O servidor respondeu: %1</translation>
    </message>
    <message>
        <source>Certificate accepted by you in spite of: %1</source>
        <translation>Certificado aceito por você apesar de: %1</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>autoassinado</translation>
    </message>
    <message>
        <source>name mismatch</source>
        <translation>nome não corresponde</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>ainda não válido</translation>
    </message>
    <message>
        <source>untrusted issuer</source>
        <translation>emissor não confiável</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
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
        <translation>%1 (em cancelamento)</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation>%1, arquivado</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Source → destination</source>
        <translation>Origem → destino</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>imapdesk::BatchRunner</name>
    <message>
        <source>imapsync %1 is too old: ImapDesk needs 1.782 or newer, which reads passwords from the environment.</source>
        <translation>O imapsync %1 é antigo demais: o ImapDesk precisa da versão 1.782 ou mais recente, que lê as senhas do ambiente.</translation>
    </message>
    <message>
        <source>job %1 started: %2</source>
        <translation>tarefa %1 iniciada: %2</translation>
    </message>
    <message>
        <source>job %1 %2: %3 (%4)</source>
        <translation>tarefa %1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Stopping: running jobs end as cancelled, queued jobs stay queued (run &apos;imapdesk batch run&apos; again to continue).</source>
        <translation>Parada solicitada: as tarefas em execução terminam como canceladas, as tarefas na fila permanecem na fila (execute &apos;imapdesk batch run&apos; novamente para continuar).</translation>
    </message>
    <message>
        <source>succeeded: %1, not succeeded: %2</source>
        <translation>com sucesso: %1, sem sucesso: %2</translation>
    </message>
    <message>
        <source>  enter them with: imapdesk batch passwords %1 ACCOUNT_LIST</source>
        <translation>  informe as senhas com: imapdesk batch passwords %1 ACCOUNT_LIST</translation>
    </message>
</context>
<context>
    <name>imapdesk::DashboardDialog</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>Lotes:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Contas:</translation>
    </message>
    <message>
        <source>Accounts migrated:</source>
        <translation>Contas migradas:</translation>
    </message>
    <message>
        <source>Total run time:</source>
        <translation>Tempo total de execução:</translation>
    </message>
    <message>
        <source>imapsync process time:</source>
        <translation>Tempo de processo do imapsync:</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Não foi possível ler o histórico: %1</translation>
    </message>
</context>
<context>
    <name>imapdesk::DatabasePasswordField</name>
    <message>
        <source>Forge&amp;t</source>
        <translation>Esque&amp;cer</translation>
    </message>
    <message>
        <source>Remove the saved password from the system keyring when you click OK</source>
        <translation>Remover a senha guardada do chaveiro do sistema ao clicar em OK</translation>
    </message>
    <message>
        <source>Looking in the system keyring…</source>
        <translation>Consultando o chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Deixe vazio para manter a senha guardada</translation>
    </message>
    <message>
        <source>The saved password is removed when you click OK.</source>
        <translation>A senha guardada será removida quando você clicar em OK.</translation>
    </message>
    <message>
        <source>A password for this database is saved in the system keyring.</source>
        <translation>Há uma senha deste banco de dados guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>A password for this database is kept in memory until ImapDesk ends; it is not saved anywhere.</source>
        <translation>Uma senha deste banco de dados é mantida na memória até o ImapDesk ser encerrado; ela não é guardada em lugar nenhum.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used (%1). A password entered here is kept in memory until ImapDesk ends, never written to disk.</source>
        <translation>O chaveiro do sistema não pode ser usado (%1). Uma senha informada aqui é mantida na memória até o ImapDesk ser encerrado e nunca é gravada no disco.</translation>
    </message>
    <message>
        <source>No password saved for this database: the PostgreSQL client reads PGPASSWORD or ~/.pgpass.</source>
        <translation>Nenhuma senha guardada para este banco de dados: o cliente PostgreSQL lê PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>The saved PostgreSQL password cannot be removed from the system keyring: %1</source>
        <translation>A senha do PostgreSQL guardada não pode ser removida do chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>Saving the password in the system keyring…</source>
        <translation>Guardando a senha no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>The PostgreSQL password cannot be saved in the system keyring: %1

ImapDesk keeps it in memory until it ends and never writes it to disk. For the next start, save it again once the keyring works, or put it in PGPASSWORD or ~/.pgpass.</source>
        <translation>A senha do PostgreSQL não pode ser guardada no chaveiro do sistema: %1

O ImapDesk a mantém na memória até ser encerrado e nunca a grava no disco. Para a próxima inicialização, guarde-a novamente quando o chaveiro funcionar, ou coloque-a em PGPASSWORD ou ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>imapdesk::EndpointEditor</name>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Server name or address, optionally with :port. Short names are completed by the host shortcuts of the settings.</source>
        <translation>Nome ou endereço do servidor, opcionalmente com :porta. Os nomes curtos são completados pelos atalhos de host das configurações.</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Aplicar predefinição</translation>
    </message>
    <message>
        <source>Leave empty for the usual port of the security mode.</source>
        <translation>Deixe vazio para usar a porta habitual do modo de segurança.</translation>
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
        <translation>Nenhuma (sem criptografia)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Adds imapsync&apos;s options for this provider (--gmail1, --office2...).</source>
        <translation>Adiciona as opções do imapsync para este provedor (--gmail1, --office2...).</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>Ho&amp;st:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Se&amp;gurança:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Seg&amp;urança:</translation>
    </message>
    <message>
        <source>P&amp;rovider preset:</source>
        <translation>Pr&amp;edefinição do provedor:</translation>
    </message>
    <message>
        <source>Pro&amp;vider preset:</source>
        <translation>Prede&amp;finição do provedor:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 looks like %2: imapsync has a preset for it (%3).</source>
        <translation>%1 parece ser %2: o imapsync tem uma predefinição para ele (%3).</translation>
    </message>
    <message>
        <source>Enter the source server.</source>
        <translation>Informe o servidor de origem.</translation>
    </message>
    <message>
        <source>Enter the destination server.</source>
        <translation>Informe o servidor de destino.</translation>
    </message>
    <message>
        <source>%1 is not a port number (1-65535).</source>
        <translation>%1 não é um número de porta (1-65535).</translation>
    </message>
    <message>
        <source>Two different ports: %1 in the host field and %2 in the port field.</source>
        <translation>Duas portas diferentes: %1 no campo do host e %2 no campo da porta.</translation>
    </message>
</context>
<context>
    <name>imapdesk::ExtraArgumentsField</name>
    <message>
        <source>e.g. --automap --exclude &apos;^Trash&apos;</source>
        <translation>ex.: --automap --exclude &apos;^Trash&apos;</translation>
    </message>
    <message>
        <source>Added to every imapsync run of the batch, quoted as in a shell. Passwords, log files and servers are set by ImapDesk.</source>
        <translation>Acrescentados a cada execução do imapsync neste lote, entre aspas como num shell. Senhas, arquivos de log e servidores são definidos pelo ImapDesk.</translation>
    </message>
</context>
<context>
    <name>imapdesk::ImapsyncSetupPanel</name>
    <message>
        <source>ImapDesk needs imapsync</source>
        <translation>O ImapDesk precisa do imapsync</translation>
    </message>
    <message>
        <source>Hide until ImapDesk checks imapsync again</source>
        <translation>Ocultar até o ImapDesk verificar o imapsync novamente</translation>
    </message>
    <message>
        <source>ImapDesk copies mailboxes with &lt;a href=&quot;%1&quot;&gt;imapsync&lt;/a&gt;, a free command-line tool by Gilles Lamiral: it copies every folder and message of a mailbox from one IMAP server to another, and when run again copies only what changed. ImapDesk runs one imapsync per mailbox. Until it is there, batches wait; the history, the logs and the settings work as usual.</source>
        <translation>O ImapDesk copia caixas de correio com o &lt;a href=&quot;%1&quot;&gt;imapsync&lt;/a&gt;, uma ferramenta de linha de comando livre de Gilles Lamiral: ela copia todas as pastas e mensagens de uma caixa de correio de um servidor IMAP para outro e, quando executada novamente, copia apenas o que mudou. O ImapDesk executa um imapsync por caixa de correio. Enquanto ele não estiver disponível, os lotes aguardam; o histórico, os logs e as configurações funcionam normalmente.</translation>
    </message>
    <message>
        <source>&amp;Choose imapsync…</source>
        <translation>Es&amp;colher o imapsync…</translation>
    </message>
    <message>
        <source>Saved in Settings → imapsync</source>
        <translation>Salvo em Configurações → imapsync</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Verificar novamente</translation>
    </message>
    <message>
        <source>Look for imapsync again, e.g. after installing it</source>
        <translation>Procurar o imapsync novamente, por exemplo depois de instalá-lo</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Windows:&lt;/b&gt; download imapsync.exe from &lt;a href=&quot;%1&quot;&gt;imapsync&apos;s site&lt;/a&gt;, put it next to imapdesk.exe or in any folder, then choose it here.</source>
        <translation>&lt;b&gt;No Windows:&lt;/b&gt; baixe o imapsync.exe do &lt;a href=&quot;%1&quot;&gt;site do imapsync&lt;/a&gt;, coloque-o ao lado do imapdesk.exe ou em qualquer pasta e, depois, escolha-o aqui.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On macOS:&lt;/b&gt; install &lt;a href=&quot;https://brew.sh/&quot;&gt;Homebrew&lt;/a&gt;, run &lt;tt&gt;brew install imapsync&lt;/tt&gt; in Terminal, then click Check Again. Or download it from &lt;a href=&quot;%1&quot;&gt;imapsync&apos;s site&lt;/a&gt; and choose it here.</source>
        <translation>&lt;b&gt;No macOS:&lt;/b&gt; instale o &lt;a href=&quot;https://brew.sh/&quot;&gt;Homebrew&lt;/a&gt;, execute &lt;tt&gt;brew install imapsync&lt;/tt&gt; no Terminal e, depois, clique em Verificar novamente. Ou baixe-o do &lt;a href=&quot;%1&quot;&gt;site do imapsync&lt;/a&gt; e escolha-o aqui.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Linux:&lt;/b&gt; Debian and Ubuntu do not package imapsync. Download it from &lt;a href=&quot;%1&quot;&gt;imapsync&apos;s site&lt;/a&gt;, install the Perl modules its INSTALL.Debian.txt lists, make it executable (&lt;tt&gt;chmod +x imapsync&lt;/tt&gt;) and put it in &lt;tt&gt;/usr/local/bin&lt;/tt&gt;, then click Check Again; or choose the file here.</source>
        <translation>&lt;b&gt;No Linux:&lt;/b&gt; o Debian e o Ubuntu não empacotam o imapsync. Baixe-o do &lt;a href=&quot;%1&quot;&gt;site do imapsync&lt;/a&gt;, instale os módulos Perl listados no seu INSTALL.Debian.txt, torne-o executável (&lt;tt&gt;chmod +x imapsync&lt;/tt&gt;), coloque-o em &lt;tt&gt;/usr/local/bin&lt;/tt&gt; e, depois, clique em Verificar novamente; ou escolha o arquivo aqui.</translation>
    </message>
    <message>
        <source>imapsync (imapsync.exe);;Programs (*.exe);;All files (*)</source>
        <translation>imapsync (imapsync.exe);;Programas (*.exe);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the imapsync program</source>
        <translation>Escolher o programa imapsync</translation>
    </message>
</context>
<context>
    <name>imapdesk::JobListModel</name>
    <message>
        <source>%1 (stopping)</source>
        <translation>%1 (parada solicitada)</translation>
    </message>
    <message>
        <source>Folder %1/%2: %3</source>
        <translation>Pasta %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <source>Runner stopped</source>
        <translation>Processo executor parado</translation>
    </message>
    <message>
        <source>The program running this job stopped (crash, reboot) before imapsync ended. Resume the batch to carry on where it stopped.</source>
        <translation>O programa que executava esta tarefa parou (falha, reinicialização) antes de o imapsync terminar. Retome o lote para continuar de onde parou.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Source → destination user</source>
        <translation>Usuário de origem → destino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Job ▸ Enter Passwords… (or a double click) asks for them; Batch ▸ Import Passwords from Account List… reads them from the batch&apos;s list.</source>
        <translation>Tarefa ▸ Informar senhas… (ou um clique duplo) as pede; Lote ▸ Importar senhas da lista de contas… as lê da lista do lote.</translation>
    </message>
</context>
<context>
    <name>imapdesk::JobLogFile</name>
    <message>
        <source>The log file must be given as an absolute path: &quot;%1&quot;.</source>
        <translation>O arquivo de log deve ser indicado como caminho absoluto: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be opened for writing: %2</source>
        <translation>O arquivo de log %1 não pode ser aberto para gravação: %2</translation>
    </message>
    <message>
        <source>The log file %1 could not be written (%2): the output after that point is missing from it.</source>
        <translation>Não foi possível gravar o arquivo de log %1 (%2): a saída a partir desse ponto está faltando nele.</translation>
    </message>
</context>
<context>
    <name>imapdesk::JobProcess</name>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>ImapDesk %1, job %2, attempt %3, started at %4: %5</source>
        <translation>ImapDesk %1, tarefa %2, tentativa %3, iniciada em %4: %5</translation>
    </message>
    <message>
        <source>The run folder of the job must be an absolute path: &quot;%1&quot;.</source>
        <translation>A pasta de execução da tarefa deve ser um caminho absoluto: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The password file of the source cannot be written: %1</source>
        <translation>O arquivo de senha da origem não pode ser gravado: %1</translation>
    </message>
    <message>
        <source>The password file of the destination cannot be written: %1</source>
        <translation>O arquivo de senha do destino não pode ser gravado: %1</translation>
    </message>
    <message>
        <source>imapsync could not be started from %1: %2</source>
        <translation>Não foi possível iniciar o imapsync a partir de %1: %2</translation>
    </message>
    <message>
        <source>ImapDesk: imapsync did not run: %1</source>
        <translation>ImapDesk: o imapsync não foi executado: %1</translation>
    </message>
    <message>
        <source>Stopped before imapsync was started.</source>
        <translation>Parado antes de o imapsync ser iniciado.</translation>
    </message>
</context>
<context>
    <name>imapdesk::JobScheduler</name>
    <message>
        <source>Could not recover jobs left running by a crash</source>
        <translation>Não foi possível recuperar as tarefas deixadas em execução por uma falha</translation>
    </message>
    <message>
        <source>Could not recover jobs of runners that stopped answering</source>
        <translation>Não foi possível recuperar as tarefas de processos executores que pararam de responder</translation>
    </message>
    <message>
        <source>Could not start chained batches</source>
        <translation>Não foi possível iniciar os lotes encadeados</translation>
    </message>
    <message>
        <source>Could not take the next job</source>
        <translation>Não foi possível obter a próxima tarefa</translation>
    </message>
    <message>
        <source>The passwords of this account could not be read: %1</source>
        <translation>Não foi possível ler as senhas desta conta: %1</translation>
    </message>
    <message>
        <source>Could not record the start of a job</source>
        <translation>Não foi possível registrar o início de uma tarefa</translation>
    </message>
    <message>
        <source>Could not record the end of a job</source>
        <translation>Não foi possível registrar o fim de uma tarefa</translation>
    </message>
    <message>
        <source>Could not record a job that failed to start</source>
        <translation>Não foi possível registrar uma tarefa que não conseguiu iniciar</translation>
    </message>
    <message>
        <source>Could not save the progress of a job</source>
        <translation>Não foi possível guardar o progresso de uma tarefa</translation>
    </message>
    <message>
        <source>Could not renew this runner&apos;s claims</source>
        <translation>Não foi possível renovar as reservas deste processo executor</translation>
    </message>
    <message>
        <source>Could not check for cancelled jobs</source>
        <translation>Não foi possível verificar as tarefas canceladas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not remove the passwords of a job that succeeded from the keychain</source>
        <translation>Não foi possível remover do chaveiro as senhas de uma tarefa bem-sucedida</translation>
    </message>
    <message>
        <source>The passwords of this account are not in the keychain of this computer (%1). Enter them again to run the job.</source>
        <translation>As senhas desta conta não estão no chaveiro deste computador (%1). Informe-as novamente para executar a tarefa.</translation>
    </message>
</context>
<context>
    <name>imapdesk::LogFindBar</name>
    <message>
        <source>Find in log</source>
        <translation>Procurar no log</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Resultado anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Próximo resultado (Enter)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Diferenciar maiúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
</context>
<context>
    <name>imapdesk::LogView</name>
    <message>
        <source>Save a Copy of the Log</source>
        <translation>Salvar uma cópia do log</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Arquivos de log (*.log *.txt)</translation>
    </message>
    <message>
        <source>This is the log file itself.</source>
        <translation>Este é o próprio arquivo de log.</translation>
    </message>
    <message>
        <source>&amp;Open Full Log</source>
        <translation>Abrir &amp;log completo</translation>
    </message>
    <message>
        <source>Open the whole log file in the system&apos;s viewer</source>
        <translation>Abrir o arquivo de log inteiro no visualizador do sistema</translation>
    </message>
    <message>
        <source>&amp;Save a Copy of the Log…</source>
        <translation>&amp;Salvar uma cópia do log…</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>&amp;Find in Log…</source>
        <translation>&amp;Procurar no log…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Localizar &amp;próximo</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>&amp;Quebrar linhas longas</translation>
    </message>
    <message>
        <source>New lines below</source>
        <translation>Novas linhas abaixo</translation>
    </message>
    <message>
        <source>Go to the end of the log and follow it</source>
        <translation>Ir para o fim do log e acompanhá-lo</translation>
    </message>
    <message>
        <source>Select a job to see its imapsync log.</source>
        <translation>Selecione uma tarefa para ver o seu log do imapsync.</translation>
    </message>
    <message>
        <source>Waiting for imapsync to create its log…</source>
        <translation>Aguardando o imapsync criar o seu log…</translation>
    </message>
    <message>
        <source>Cannot read the log file %1:
%2</source>
        <translation>Não é possível ler o arquivo de log %1:
%2</translation>
    </message>
    <message>
        <source>Waiting for imapsync output…</source>
        <translation>Aguardando a saída do imapsync…</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>O log está vazio.</translation>
    </message>
    <message>
        <source>Open Full Log</source>
        <translation>Abrir log completo</translation>
    </message>
    <message>
        <source>No application could open %1.
Use &quot;Save a Copy…&quot; and open the copy with a text editor.</source>
        <translation>Nenhum programa conseguiu abrir %1.
Use &quot;Salvar uma cópia…&quot; e abra a cópia com um editor de texto.</translation>
    </message>
    <message>
        <source>Could not save a copy of the log to %1:
%2</source>
        <translation>Não foi possível salvar uma cópia do log em %1:
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import Account List…</source>
        <translation>&amp;Importar lista de contas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About ImapDesk</source>
        <translation>&amp;Sobre o ImapDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Import Account List</source>
        <translation>Importar lista de contas</translation>
    </message>
    <message>
        <source>Account lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listas de contas (*.txt *.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Search batches: label, domain, user or id</source>
        <translation>Procurar lotes: rótulo, domínio, usuário ou ID</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Só os &amp;meus</translation>
    </message>
    <message>
        <source>Show arch&amp;ived</source>
        <translation>Mostrar ar&amp;quivados</translation>
    </message>
    <message>
        <source>Filter accounts of this batch</source>
        <translation>Filtrar as contas deste lote</translation>
    </message>
    <message>
        <source>Show ImapDesk</source>
        <translation>Mostrar o ImapDesk</translation>
    </message>
    <message>
        <source>Stop Jobs and Quit</source>
        <translation>Parar tarefas e sair</translation>
    </message>
    <message>
        <source>Running: %1 · Queued: %2 · %3</source>
        <translation>Em execução: %1 · Na fila: %2 · %3</translation>
    </message>
    <message>
        <source>imapsync %1</source>
        <translation>imapsync %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping jobs…</source>
        <translation>Parando as tarefas…</translation>
    </message>
    <message>
        <source>Not running jobs</source>
        <translation>Nenhuma tarefa em execução</translation>
    </message>
    <message>
        <source>imapsync not available</source>
        <translation>imapsync indisponível</translation>
    </message>
    <message>
        <source>Batch %1 has ended: %2 succeeded, %3 did not.</source>
        <translation>O lote %1 terminou: %2 com sucesso, %3 sem sucesso.</translation>
    </message>
    <message>
        <source>Stopping running jobs before quitting…</source>
        <translation>Parando as tarefas em execução antes de sair…</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Há tarefas em execução</translation>
    </message>
    <message numerus="yes">
        <source>%n imapsync job(s) are still running.</source>
        <translation>
            <numerusform>%n tarefa do imapsync ainda está em execução.</numerusform>
            <numerusform>%n tarefas do imapsync ainda estão em execução.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Them and Quit</source>
        <translation>&amp;Parar e sair</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray</source>
        <translation>Continuar na área de &amp;notificação</translation>
    </message>
    <message>
        <source>Still running in the tray.</source>
        <translation>Continua em execução na área de notificação.</translation>
    </message>
    <message>
        <source>&amp;New Batch…</source>
        <translation>&amp;Novo lote…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Start/Resume</source>
        <translation>&amp;Iniciar/Retomar</translation>
    </message>
    <message>
        <source>Run the cancelled and interrupted jobs of the batch again</source>
        <translation>Executar novamente as tarefas canceladas e interrompidas do lote</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Cancel the selected jobs, or the whole batch</source>
        <translation>Cancelar as tarefas selecionadas ou o lote inteiro</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Repetir tarefas com falha</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re-run &amp;Batch (Delta Pass)</source>
        <translation>Reexecutar &amp;lote (passagem delta)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <source>&amp;Delete Batch…</source>
        <translation>E&amp;xcluir lote…</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>Cop&amp;y Summary for a Ticket</source>
        <translation>Copiar re&amp;sumo para ticket</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Cancel Selected &amp;Jobs</source>
        <translation>Cancelar &amp;tarefas selecionadas</translation>
    </message>
    <message>
        <source>Retr&amp;y Selected Jobs</source>
        <translation>&amp;Repetir tarefas selecionadas</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Painel…</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Tarefa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message numerus="yes">
        <source>Saving the passwords of %n account(s) in the keychain…</source>
        <translation>
            <numerusform>Guardando as senhas de %n conta no chaveiro…</numerusform>
            <numerusform>Guardando as senhas de %n contas no chaveiro…</numerusform>
        </translation>
    </message>
    <message>
        <source>New Batch</source>
        <translation>Novo lote</translation>
    </message>
    <message>
        <source>The batch was not added.

%1</source>
        <translation>O lote não foi adicionado.

%1</translation>
    </message>
    <message>
        <source>Batch %1 added.</source>
        <translation>Lote %1 adicionado.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) queued again.</source>
        <translation>
            <numerusform>%n tarefa colocada novamente na fila.</numerusform>
            <numerusform>%n tarefas colocadas novamente na fila.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>Cancel batch %1? Running jobs stop between two messages; queued jobs will not start. Start/Resume runs them again later.</source>
        <translation>Cancelar o lote %1? As tarefas em execução param entre duas mensagens; as tarefas na fila não serão iniciadas. Iniciar/Retomar as executa novamente mais tarde.</translation>
    </message>
    <message numerus="yes">
        <source>Delta pass: %n job(s) queued; imapsync copies only what is missing.</source>
        <translation>
            <numerusform>Passagem delta: %n tarefa na fila; o imapsync copia apenas o que falta.</numerusform>
            <numerusform>Passagem delta: %n tarefas na fila; o imapsync copia apenas o que falta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Batch</source>
        <translation>Excluir lote</translation>
    </message>
    <message>
        <source>Delete batch %1 with its history, its imapsync logs and its saved passwords? This cannot be undone.</source>
        <translation>Excluir o lote %1 com o seu histórico, os seus logs do imapsync e as suas senhas guardadas? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Batch %1 deleted.</source>
        <translation>Lote %1 excluído.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not written to %1:
%2</source>
        <translation>O relatório não foi gravado em %1:
%2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Relatório gravado em %1.</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Resumo copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>imapsync %1 (outdated)</source>
        <translation>imapsync %1 (desatualizado)</translation>
    </message>
    <message>
        <source>Enter &amp;Passwords…</source>
        <translation>Informar s&amp;enhas…</translation>
    </message>
    <message>
        <source>Enter the passwords of the selected jobs that wait for them</source>
        <translation>Informar as senhas das tarefas selecionadas que as aguardam</translation>
    </message>
    <message>
        <source>Import &amp;Passwords from Account List…</source>
        <translation>Importar s&amp;enhas da lista de contas…</translation>
    </message>
    <message>
        <source>Give the jobs of the batch that wait for their passwords those of an account list</source>
        <translation>Fornecer às tarefas do lote que aguardam as suas senhas as senhas de uma lista de contas</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.

Line %2: %3

Read it as Windows-1252 (Western European) instead? A wrong guess changes accented characters in passwords.</source>
        <translation>%1 não é texto UTF-8.

Linha %2: %3

Ler como Windows-1252 (Europa Ocidental)? Uma suposição errada altera os caracteres acentuados das senhas.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1:
%2</source>
        <translation>Não é possível ler %1:
%2</translation>
    </message>
    <message>
        <source>Job %1 has its passwords and is queued again.</source>
        <translation>A tarefa %1 tem as suas senhas e está novamente na fila.</translation>
    </message>
    <message>
        <source>Import Passwords from Account List</source>
        <translation>Importar senhas da lista de contas</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) got their passwords and are queued again.</source>
        <translation>
            <numerusform>%n tarefa recebeu as suas senhas e está novamente na fila.</numerusform>
            <numerusform>%n tarefas receberam as suas senhas e estão novamente na fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list matched no job of this batch.</source>
        <translation>
            <numerusform>%n linha da lista não correspondeu a nenhuma tarefa deste lote.</numerusform>
            <numerusform>%n linhas da lista não corresponderam a nenhuma tarefa deste lote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still wait for their passwords.</source>
        <translation>
            <numerusform>%n tarefa ainda aguarda as suas senhas.</numerusform>
            <numerusform>%n tarefas ainda aguardam as suas senhas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list could not be read.</source>
        <translation>
            <numerusform>%n linha da lista não pôde ser lida.</numerusform>
            <numerusform>%n linhas da lista não puderam ser lidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the passwords of %n job(s) in the keychain…</source>
        <translation>
            <numerusform>Guardando as senhas de %n tarefa no chaveiro…</numerusform>
            <numerusform>Guardando as senhas de %n tarefas no chaveiro…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imapdesk::MigrationService</name>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>imapsync %1 at %2</source>
        <translation>imapsync %1 em %2</translation>
    </message>
    <message>
        <source>Stopping running jobs…</source>
        <translation>Parando as tarefas em execução…</translation>
    </message>
    <message>
        <source>Cannot save the passwords of line %1: %2</source>
        <translation>Não é possível guardar as senhas da linha %1: %2</translation>
    </message>
    <message>
        <source>The batch is deleted, but its saved passwords could not all be removed from the keychain: %1</source>
        <translation>O lote foi excluído, mas nem todas as suas senhas guardadas puderam ser removidas do chaveiro: %1</translation>
    </message>
    <message>
        <source>Job %1 has no keychain entry to save its passwords under.</source>
        <translation>A tarefa %1 não tem nenhuma entrada no chaveiro para guardar as suas senhas.</translation>
    </message>
    <message>
        <source>Cannot save the passwords in the keychain: %1</source>
        <translation>Não é possível guardar as senhas no chaveiro: %1</translation>
    </message>
</context>
<context>
    <name>imapdesk::NewBatchCheck</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificado não confiável</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>O certificado de %1 não é confiável: %2</translation>
    </message>
    <message>
        <source>Issued to %1 by %2, valid until %3.</source>
        <translation>Emitido para %1 por %2, válido até %3.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1</source>
        <translation>Impressão digital SHA-256:
%1</translation>
    </message>
    <message>
        <source>Trust this certificate for this server?</source>
        <translation>Confiar neste certificado para este servidor?</translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <translation>Conexão sem criptografia</translation>
    </message>
    <message>
        <source>%1 offers no encryption: to check the logins, the passwords would travel over the network in clear text, readable on the way.

Send the passwords unencrypted to check the logins on this server?</source>
        <translation>%1 não oferece criptografia: para verificar os logins, as senhas trafegariam pela rede em texto claro, legíveis no caminho.

Enviar as senhas sem criptografia para verificar os logins neste servidor?</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>OK, not encrypted</source>
        <translation>OK, sem criptografia</translation>
    </message>
    <message>
        <source>OK, with the certificate you accepted</source>
        <translation>OK, com o certificado que você aceitou</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Source and destination %1</source>
        <translation>Origem e destino %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Origem %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destino %1</translation>
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
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not tried</source>
        <translation>
            <numerusform>%n não tentado</numerusform>
            <numerusform>%n não tentados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <translation>
            <numerusform>%n em verificação</numerusform>
            <numerusform>%n em verificação</numerusform>
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
        <translation>Novo lote</translation>
    </message>
    <message>
        <source>⇄ S&amp;wap</source>
        <translation>⇄ &amp;Trocar</translation>
    </message>
    <message>
        <source>Exchange source and destination</source>
        <translation>Trocar origem e destino</translation>
    </message>
    <message>
        <source>e.g. ticket 4711 (optional)</source>
        <translation>ex.: ticket 4711 (opcional)</translation>
    </message>
    <message>
        <source>example.com (optional)</source>
        <translation>example.com (opcional)</translation>
    </message>
    <message>
        <source>Added as @domain to every user without one.</source>
        <translation>Acrescentado como @domínio a cada usuário sem domínio.</translation>
    </message>
    <message>
        <source>None: start when added</source>
        <translation>Nenhum: iniciar ao adicionar</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sem rótulo)</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Dry ru&amp;n</source>
        <translation>Si&amp;mulação</translation>
    </message>
    <message>
        <source>imapsync shows what it would copy and copies nothing (--dry).</source>
        <translation>O imapsync mostra o que copiaria e não copia nada (--dry).</translation>
    </message>
    <message>
        <source>Check credentials onl&amp;y</source>
        <translation>&amp;Verificar apenas as credenciais</translation>
    </message>
    <message>
        <source>Only log in on both sides and stop (--justlogin).</source>
        <translation>Apenas fazer login nos dois lados e parar (--justlogin).</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar arquivo…</translation>
    </message>
    <message>
        <source>Read the accounts from a .txt, .csv or .tsv file (%1). You can also drop the file on this dialog.</source>
        <translation>Ler as contas de um arquivo .txt, .csv ou .tsv (%1). Também é possível arrastar o arquivo para esta janela.</translation>
    </message>
    <message>
        <source>Add &amp;batch</source>
        <translation>&amp;Adicionar lote</translation>
    </message>
    <message>
        <source>Acco&amp;unts:</source>
        <translation>Co&amp;ntas:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <source>Default &amp;domain:</source>
        <translation>&amp;Domínio padrão:</translation>
    </message>
    <message>
        <source>St&amp;art after batch:</source>
        <translation>Iniciar após o &amp;lote:</translation>
    </message>
    <message>
        <source>E&amp;xtra imapsync arguments:</source>
        <translation>Argumentos e&amp;xtras do imapsync:</translation>
    </message>
    <message>
        <source>Import account list</source>
        <translation>Importar lista de contas</translation>
    </message>
    <message>
        <source>Account lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listas de contas (*.txt *.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>“%1” is not a domain name such as example.com.</source>
        <translation>“%1” não é um nome de domínio como example.com.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kip the %n rejected line(s)</source>
        <translation>
            <numerusform>Ignorar %n linha re&amp;jeitada</numerusform>
            <numerusform>Ignorar as %n linhas re&amp;jeitadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>No account yet: paste a list, import a file or drop one here.</source>
        <translation>Ainda não há contas: cole uma lista, importe um arquivo ou arraste um para cá.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will be queued</source>
        <translation>
            <numerusform>%n conta será colocada na fila</numerusform>
            <numerusform>%n contas serão colocadas na fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected line(s) skipped</source>
        <translation>
            <numerusform>%n linha rejeitada ignorada</numerusform>
            <numerusform>%n linhas rejeitadas ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected line(s) to fix or skip</source>
        <translation>
            <numerusform>%n linha rejeitada para corrigir ou ignorar</numerusform>
            <numerusform>%n linhas rejeitadas para corrigir ou ignorar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicada ignorada</numerusform>
            <numerusform>%n duplicadas ignoradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The account list cannot be read: import another file or paste the accounts.</source>
        <translation>A lista de contas não pode ser lida: importe outro arquivo ou cole as contas.</translation>
    </message>
    <message>
        <source>Paste or import at least one valid account.</source>
        <translation>Cole ou importe pelo menos uma conta válida.</translation>
    </message>
    <message>
        <source>Fix the rejected lines, or tick “Skip the rejected lines”.</source>
        <translation>Corrija as linhas rejeitadas ou marque “Ignorar as linhas rejeitadas”.</translation>
    </message>
    <message>
        <source>Correct the extra imapsync arguments.</source>
        <translation>Corrija os argumentos extras do imapsync.</translation>
    </message>
    <message>
        <source>Stop &amp;checking</source>
        <translation>Parar verifi&amp;cação</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Verifi&amp;car</translation>
    </message>
    <message>
        <source>Stop the check (%1).</source>
        <translation>Parar a verificação (%1).</translation>
    </message>
    <message>
        <source>Test the connection to both servers and the login of every account, without copying anything (%1).</source>
        <translation>Testar a conexão com os dois servidores e o login de cada conta, sem copiar nada (%1).</translation>
    </message>
</context>
<context>
    <name>imapdesk::OutputPipe</name>
    <message>
        <source>The pipe for the output of imapsync cannot be created: %1</source>
        <translation>Não é possível criar o pipe para a saída do imapsync: %1</translation>
    </message>
    <message>
        <source>Not supported on this platform.</source>
        <translation>Não suportado nesta plataforma.</translation>
    </message>
</context>
<context>
    <name>imapdesk::PasswordsDialog</name>
    <message>
        <source>Enter Passwords</source>
        <translation>Informar senhas</translation>
    </message>
    <message>
        <source>The passwords of this job are not in the keychain of this computer. Enter them again; the job is then queued.</source>
        <translation>As senhas desta tarefa não estão no chaveiro deste computador. Informe-as novamente; a tarefa será então colocada na fila.</translation>
    </message>
    <message>
        <source>Job %1 of %2</source>
        <translation>Tarefa %1 de %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A mailbox and its server: &quot;alice@example.com on imap.example.com&quot;</extracomment>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origem:</translation>
    </message>
    <message>
        <source>Source &amp;password:</source>
        <translation>Senha de &amp;origem:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>Destination pass&amp;word:</source>
        <translation>Senha de &amp;destino:</translation>
    </message>
    <message>
        <source>S&amp;how passwords</source>
        <translation>&amp;Mostrar senhas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Do not ask for the passwords of the remaining jobs</source>
        <translation>Não pedir as senhas das tarefas restantes</translation>
    </message>
    <message>
        <source>S&amp;kip This Job</source>
        <translation>&amp;Ignorar esta tarefa</translation>
    </message>
</context>
<context>
    <name>imapdesk::Settings</name>
    <message>
        <source>The settings cannot be saved in %1.</source>
        <translation>As configurações não podem ser salvas em %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>O arquivo de configurações %1 está danificado.</translation>
    </message>
    <message>
        <source>The host shortcut rules in %1 are not usable, none is applied. %2</source>
        <translation>As regras de atalhos de host em %1 não são utilizáveis; nenhuma é aplicada. %2</translation>
    </message>
    <message>
        <source>The setting %1 in %2 has an unusable value (%3): the default is used.</source>
        <translation>A configuração %1 em %2 tem um valor inutilizável (%3): é usado o valor padrão.</translation>
    </message>
    <message>
        <source>The SQLite file %1 must be given with its full path.</source>
        <translation>O arquivo SQLite %1 deve ser indicado com o caminho completo.</translation>
    </message>
    <message>
        <source>At most %1 host shortcut rules are allowed.</source>
        <translation>São permitidas no máximo %1 regras de atalhos de host.</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsCertificatesPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Esquecer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <source>Certificates you trusted in a pre-flight check although they were self-signed or for another name. The check trusts them again, and new batches tell imapsync to accept exactly these. Batches already added keep theirs.</source>
        <translation>Certificados em que você confiou numa verificação prévia, embora fossem autoassinados ou emitidos para outro nome. A verificação confia neles novamente, e novos lotes instruem o imapsync a aceitar exatamente estes. Os lotes já adicionados mantêm os seus.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a section of the settings (&quot;Storage&quot;), %2 what is wrong in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 The changes last until ImapDesk ends.</source>
        <translation>%1 As alterações valem até o ImapDesk ser encerrado.</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsHostShortcutsPage</name>
    <message>
        <source>A host typed in a batch gets the suffix of the first rule whose pattern matches it (case-insensitive): SV01 with ^(VPS|SV)[0-9]+$ and example.com becomes SV01.example.com.</source>
        <translation>Um host digitado num lote recebe o sufixo da primeira regra cujo padrão lhe corresponde (sem diferenciar maiúsculas/minúsculas): SV01 com ^(VPS|SV)[0-9]+$ e example.com torna-se SV01.example.com.</translation>
    </message>
    <message>
        <source>Pattern (regular expression)</source>
        <translation>Padrão (expressão regular)</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufixo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <source>&amp;Try a host:</source>
        <translation>&amp;Testar um host:</translation>
    </message>
    <message>
        <source>Host shortcuts</source>
        <translation>Atalhos de host</translation>
    </message>
    <message>
        <source>At most %1 rules are allowed.</source>
        <translation>São permitidas no máximo %1 regras.</translation>
    </message>
    <message>
        <source>Correct the rules above to try them.</source>
        <translation>Corrija as regras acima para testá-las.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a typed host and what the rules make of it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No rule changes %1: it is used as typed.</source>
        <translation>Nenhuma regra altera %1: é usado tal como digitado.</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsImapsyncPage</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>imapsync &amp;program:</source>
        <translation>P&amp;rograma do imapsync:</translation>
    </message>
    <message>
        <source>Leave empty to use the imapsync next to ImapDesk, or else the first one on the PATH. The --imapsync option and the IMAPDESK_IMAPSYNC variable win over this setting.</source>
        <translation>Deixe vazio para usar o imapsync ao lado do ImapDesk ou, caso contrário, o primeiro no PATH. A opção --imapsync e a variável IMAPDESK_IMAPSYNC prevalecem sobre esta configuração.</translation>
    </message>
    <message>
        <source>imapsync</source>
        <translation>imapsync</translation>
    </message>
    <message>
        <source>Choose the imapsync program</source>
        <translation>Escolher o programa imapsync</translation>
    </message>
    <message>
        <source>Asking %1 for its version…</source>
        <translation>Consultando a versão de %1…</translation>
    </message>
    <message>
        <source>imapsync %1 at %2</source>
        <extracomment>%1 is a version such as 2.229, %2 the program&apos;s full path</extracomment>
        <translation>imapsync %1 em %2</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsLanguagePage</name>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>ImapDesk uses the new language when it starts again.</source>
        <translation>O ImapDesk usará o novo idioma quando for iniciado novamente.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsMaintenancePage</name>
    <message>
        <source>Deleted batches and their logs cannot be brought back.</source>
        <translation>Os lotes excluídos e os seus logs não podem ser recuperados.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Archive them (hidden from the list, kept with their logs)</source>
        <translation>Arquivá-los (ocultos da lista, mantidos com os seus logs)</translation>
    </message>
    <message>
        <source>Delete them with their logs</source>
        <translation>Excluí-los com os seus logs</translation>
    </message>
    <message>
        <source>Clean up batches &amp;older than:</source>
        <translation>Limpar lotes com &amp;mais de:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Depois:</translation>
    </message>
    <message>
        <source>Only batches that have ended are cleaned up.</source>
        <translation>Apenas lotes terminados são limpos.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source> week</source>
        <translation> semana</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>&amp;Remove a job&apos;s passwords from the keychain once it succeeded</source>
        <translation>&amp;Remover as senhas de uma tarefa do chaveiro quando ela for bem-sucedida</translation>
    </message>
    <message>
        <source>A later run of such a job (a delta pass) then asks for its passwords again. Deleting a batch always removes its passwords.</source>
        <translation>Uma execução posterior dessa tarefa (uma passagem delta) pede então as suas senhas novamente. Excluir um lote sempre remove as suas senhas.</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsRunningPage</name>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>&amp;Jobs at once:</source>
        <translation>&amp;Tarefas simultâneas:</translation>
    </message>
    <message>
        <source>Jobs per &amp;server:</source>
        <translation>Tarefas por &amp;servidor:</translation>
    </message>
    <message>
        <source>How many imapsync processes run at the same time: in all, and against any one source or destination server (some servers refuse many connections from one address).</source>
        <translation>Quantos processos imapsync são executados ao mesmo tempo: no total e contra um mesmo servidor de origem ou de destino (alguns servidores recusam muitas conexões vindas de um mesmo endereço).</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Execução</translation>
    </message>
</context>
<context>
    <name>imapdesk::SettingsStoragePage</name>
    <message>
        <source>&amp;SQLite file on this computer (default)</source>
        <translation>Arquivo &amp;SQLite neste computador (padrão)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server, shared by a team</source>
        <translation>Servidor &amp;PostgreSQL compartilhado por uma equipe</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Changes to the data folder and the database apply when ImapDesk starts again. The --data-dir and --db options and the IMAPDESK_DATA_DIR and IMAPDESK_DB variables win over these settings.</source>
        <translation>As alterações na pasta de dados e no banco de dados valem quando o ImapDesk for iniciado novamente. As opções --data-dir e --db e as variáveis IMAPDESK_DATA_DIR e IMAPDESK_DB prevalecem sobre estas configurações.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Pasta de &amp;dados:</translation>
    </message>
    <message>
        <source>Job logs and the SQLite history live here. Leave empty for the folder shown.</source>
        <translation>Os logs das tarefas e o histórico SQLite ficam aqui. Deixe vazio para usar a pasta mostrada.</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Banco de dados do histórico</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Procur&amp;ar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Ar&amp;quivo:</translation>
    </message>
    <message>
        <source>db.example.com or a socket folder</source>
        <translation>db.example.com ou uma pasta de socket</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>Opt&amp;ions:</source>
        <translation>Opçõ&amp;es:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>The data folder must be a full path, such as %1.</source>
        <translation>A pasta de dados deve ser um caminho completo, como %1.</translation>
    </message>
    <message>
        <source>Enter the host name of the PostgreSQL server.</source>
        <translation>Informe o nome do host do servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>Informe o nome do banco de dados PostgreSQL.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is not written key=value, such as sslmode=require.</source>
        <translation>A opção &quot;%1&quot; não está escrita como chave=valor, por exemplo sslmode=require.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Escolher a pasta de dados</translation>
    </message>
    <message>
        <source>Choose the SQLite history file</source>
        <translation>Escolher o arquivo de histórico SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados SQLite (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>The password is saved in the system keyring, never in the settings file. Without one there, the PostgreSQL client reads it from the PGPASSWORD variable or the ~/.pgpass file (%APPDATA%\postgresql\pgpass.conf on Windows). Options are libpq&apos;s, key=value separated by spaces.</source>
        <translation>A senha é guardada no chaveiro do sistema, nunca no arquivo de configurações. Se não houver uma ali, o cliente PostgreSQL a lê da variável PGPASSWORD ou do arquivo ~/.pgpass (%APPDATA%\postgresql\pgpass.conf no Windows). As opções são as da libpq, no formato chave=valor, separadas por espaços.</translation>
    </message>
</context>
</TS>
