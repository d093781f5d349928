### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = O script abaixo faz exatamente isto — nada mais, e nada sem perguntar antes:
script-steps-legend = Etapas do script
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } foi baixado — veja sua pasta Downloads.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = O download não começou ({ $reason }). Use "Copiar script" e salve o texto como { $file }.
script-copied = Script copiado.
command-copied = Comando copiado.
copy-blocked-script = O navegador bloqueou a cópia: selecione o script e pressione Ctrl+C (⌘C no Mac).
copy-blocked-command = O navegador bloqueou a cópia: selecione o comando e pressione Ctrl+C (⌘C no Mac).
# Variables:
#   $file (String) - the script's file name
script-download = Baixar { $file }
script-copy = Copiar script
# Variables:
#   $program (String) - PowerShell
script-run-windows = Depois, execute-o com este comando (após o download, em uma janela do PowerShell: menu Iniciar → digite { $program } → Enter):
script-run-macos = Depois, execute-o com este comando (após o download, no Terminal: Aplicativos → Utilitários → Terminal):
script-run-linux = Depois, execute-o com este comando (após o download, em uma janela de terminal):
script-copy-command = Copiar comando
# Variables:
#   $file (String) - the script's file name
script-old-copy = Já baixou antes? Exclua primeiro a cópia antiga: o navegador salvaria a nova como { $file } com um número acrescentado, e o comando acima executaria a antiga.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = Quer ver primeiro o que ele faria? Adicione { $flag } no final do comando: assim ele não altera nada e mostra cada ação.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Leia o script antes de executá-lo ({ $n ->
    [one] { $n } linha
   *[other] { $n } linhas
  })
script-text-label = Texto do script
# Shown when For IT chose the unattended variant.
script-unattended-chosen = Esta é a variante não assistida, escolhida em "Para a equipe de TI": ela é feita para o Intune, o Jamf ou outras ferramentas, não para ser executada manualmente.
# Windows only. Shown under the command.
script-execution-policy = Se o PowerShell responder que o arquivo não pode ser carregado porque não está assinado digitalmente, sua organização só permite scripts assinados. Nada foi executado nem alterado. Peça à equipe de TI uma cópia assinada do script, ou peça que ela o execute para você pelo gerenciamento de dispositivos.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = Fechar o Teams primeiro
script-option-clear = Limpar o cache do Teams
script-option-clear-note = movido para uma pasta de backup que você pode restaurar
script-option-delete = Excluir o cache em vez de manter um backup
script-option-delete-note = não tem volta; só se o disco estiver cheio
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = Redefinir o aplicativo do novo Teams ({ $command })
script-option-reset-note = apaga todos os dados do novo Teams neste computador, inclusive os planos de fundo personalizados; só se limpar o cache não resolveu
script-option-retest = Testar novamente a hora, o proxy, a VPN e os endereços da Microsoft a partir do próprio computador
script-option-tls = Verificar as configurações de TLS 1.2 / 1.3 (pergunta antes de alterar qualquer coisa)
script-option-time = Sincronizar o relógio (pede permissões de administrador só para esse comando; sem elas, abre as configurações de data e hora)
script-option-restart = Abrir o Teams de novo no final
script-option-unattended = Transformar o script de correção na variante não assistida, para o Intune, o Jamf ou outras ferramentas
script-option-unattended-note = não pergunta nada, grava o log em um arquivo fixo e informa o resultado pelo código de saída

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = Esta é a variante não assistida para o Intune ou outras ferramentas: ela não pergunta nada, faz o que está escolhido aqui, grava o log em { $folder } e informa o resultado pelo código de saída. Se for iniciada no PowerShell de 32 bits, ela se executa de novo no de 64 bits.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = Esta é a variante não assistida para o Jamf ou outras ferramentas: ela não pergunta nada, faz o que está escolhido aqui, grava o log em { $folder }, na pasta de início do usuário, e informa o resultado pelo código de saída. Executada como root sem terminal (como o Jamf a executa), ela age em nome do usuário conectado na tela e não faz nada quando não há ninguém conectado.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = Esta é a variante não assistida para ferramentas de gerenciamento: ela não pergunta nada, faz o que está escolhido aqui, grava o log em { $folder }, na pasta pessoal do usuário, e informa o resultado pelo código de saída. Ela precisa ser executada como o usuário.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = Primeiro mostra o que vai fazer e pergunta a você antes de alterar qualquer coisa. Adicione { $flag } para ver só o plano.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Fecha o Microsoft Teams (só as suas próprias janelas e processos em segundo plano do Teams) e força o encerramento se ele não tiver fechado depois de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
  }.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Exclui os dados de login salvos e o cache do Teams ({ $folders }). Isso não pode ser desfeito.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Move os dados de login salvos e o cache do Teams ({ $folders }) para uma pasta de backup em { $folder } (seu perfil local, que não é copiado para outros computadores), para que você possa desfazer; o script mostra o comando exato para desfazer.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Move os dados de login salvos e o cache do Teams ({ $folders }) para uma pasta de backup na sua pasta de início, para que você possa desfazer; o script mostra o comando exato para desfazer.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = Mantém { $n ->
    [one] a pasta de backup mais recente
   *[other] as { $n } pastas de backup mais recentes
  }: depois de uma execução bem-sucedida, remove as mais antigas e avisa.
script-does-keep-backgrounds = Mantém seus planos de fundo personalizados para reuniões.
script-does-needs-closed = Não mexe no cache se o Teams ainda estiver aberto: feche o Teams primeiro.
script-does-reset = Redefine o aplicativo do novo Teams, como faz Configurações > Aplicativos > Aplicativos instalados > Microsoft Teams > Opções avançadas > Redefinir. Isso apaga todos os dados do novo Teams neste computador: login, configurações, cache e planos de fundo personalizados para reuniões (chats, arquivos e reuniões continuam no Microsoft 365). Pergunta antes; não há como desfazer. Onde o Windows 10 não tem o comando de redefinição, abre Configurações > Aplicativos.
script-does-reset-unattended = Redefine o aplicativo do novo Teams, como faz Configurações > Aplicativos > Aplicativos instalados > Microsoft Teams > Opções avançadas > Redefinir. Isso apaga todos os dados do novo Teams neste computador: login, configurações, cache e planos de fundo personalizados para reuniões (chats, arquivos e reuniões continuam no Microsoft 365). Não pergunta; não há como desfazer. Onde o Windows 10 não tem o comando de redefinição, abre Configurações > Aplicativos.
script-does-retest = Verifica, sem alterar nada, se este computador consegue acessar os endereços de login da Microsoft, e informa suas configurações de proxy e VPN e se o seu relógio está certo.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = Também lê o que um navegador não consegue ver: qual autoridade de certificação o Windows recebe para o endereço de login da Microsoft (a inspeção TLS de uma empresa aparece aí), se uma página de login do Wi-Fi está no caminho e como este dispositivo está registrado na Microsoft ({ $command }).
script-does-retest-macos = Também lê o que um navegador não consegue ver: qual autoridade de certificação este Mac recebe para o endereço de login da Microsoft (a inspeção TLS de uma empresa aparece aí), se uma página de login do Wi-Fi está no caminho e quais itens de login do Teams estão no seu chaveiro (só os nomes; nenhuma senha é lida).
script-does-retest-linux = Também lê o que um navegador não consegue ver: qual autoridade de certificação este computador recebe para o endereço de login da Microsoft (a inspeção TLS de uma empresa aparece aí) e se uma página de login do Wi-Fi está no caminho.
script-does-tls = Verifica as configurações de TLS do próprio Windows, que o serviço de login usa (a janela do Teams as ignora): o TLS 1.2 precisa estar ativado. Se estiver desativado nas suas configurações, oferece ativá-lo (também o TLS 1.3 no Windows 11); pergunta antes, a resposta padrão é não, e registra no log a configuração anterior.
script-does-tls-unattended = Verifica as configurações de TLS do próprio Windows, que o serviço de login usa (a janela do Teams as ignora): o TLS 1.2 precisa estar ativado. Se estiver desativado nas configurações do próprio usuário, ativa-o (também o TLS 1.3 no Windows 11) sem perguntar e registra no log a configuração anterior.
script-does-time-windows = Sincroniza o seu relógio: o Windows pede permissões de administrador só para esse comando (o resto é executado com a sua conta). Se você recusar, ele abre as configurações de Data e hora para você.
script-does-time-macos = Acerta o seu relógio pelo servidor de hora da Apple se você for administrador (pede a sua senha); caso contrário, abre os ajustes de Data e Hora.
script-does-time-linux = Ativa a hora automática se você puder usar sudo (pede a sua senha); caso contrário, diz onde ativá-la.
script-does-time-unattended-windows = Sincroniza o relógio só quando é executado com permissões de administrador (não pede nenhuma); caso contrário, informa isso no log.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = Acerta o relógio só quando { $command } não precisa de senha neste computador; caso contrário, informa isso no log.
script-does-restart = Abre o Teams de novo no final, para que você possa entrar de novo.
script-does-no-admin = Não precisa de permissões de administrador e grava um arquivo de log na pasta de backup.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = Grava um arquivo de log na pasta de backup.
script-does-not-installed = Se o Teams não estiver instalado, avisa, deixa de fora as etapas do Teams e executa as outras.
script-does-nothing = Não faz nada: nenhuma etapa está selecionada.
script-does-change-nothing = Não altera nada no seu computador.
