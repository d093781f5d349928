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
script-run-terminal = Depois, execute-o com este comando (após o download, no Terminal):
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
