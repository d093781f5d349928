### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = Carregando as verificações automáticas… As etapas abaixo funcionam sem elas.
fallback-fix-title = Resolva por conta própria
fallback-fix-intro = Vá para as etapas do seu computador. Tente as soluções em ordem; depois de cada uma, tente entrar no Teams novamente.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = No { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = Baixar o script de correção para { $os } ({ $file })
fallback-script-does = O que o script faz:
fallback-run-with = Depois de baixar, execute-o com:
fallback-helpdesk-title = Ainda não resolveu? Entre em contato com o suporte técnico de TI
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Diga a eles que o Teams mostra o erro { $code } e quais das etapas acima você tentou.
# same as English: "E-mail" is the usual Brazilian Portuguese word
fallback-email = E-mail:
fallback-phone = Telefone:
fallback-web = Site:

## When the automatic checks cannot start

no-wasm-title = As verificações automáticas não podem ser executadas neste navegador
no-wasm-text = As etapas abaixo continuam funcionando: siga as do seu computador ou baixe o script de correção para ele. Se não ajudarem, entre em contato com o suporte técnico de TI e fale sobre esta mensagem.
no-wasm-for-it = Para a equipe de TI: a causa provável
no-wasm-details = Detalhes:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = Este navegador está com o WebAssembly desativado. O Microsoft Edge faz isso no modo de segurança aprimorada ("Estrito") e com a política "Control use of JavaScript JIT" ({ $policy }). Correção: permita JIT para este site com a política { $allow } ou adicione este site como exceção ao modo de segurança aprimorada.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = O Firefox faz isso quando a preferência { $pref } está como false (definida manualmente ou por uma política corporativa): volte-a para true.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = O servidor não entregou o arquivo WebAssembly da página ({ $extension }). No IIS, isso geralmente é um mapeamento MIME ausente (erro { $error }): o arquivo { $config } ao lado de { $page } o adiciona ({ $mapping }); verifique se ele foi carregado no servidor e se o site tem permissão para usá-lo. Caso contrário, carregue todos os arquivos do build, não apenas { $page }.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = O servidor envia o arquivo { $extension } da página com o Content-Type errado. Ele precisa ser { $type } (IIS: o mapeamento MIME em { $config }; nginx: a entrada em { $types }).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = A Content-Security-Policy do site proíbe o WebAssembly. Adicione { $keyword } a script-src; o arquivo { $file } ao lado de { $page } tem a política completa de que este build precisa.
no-wasm-cause-startup = O código da página falhou ao iniciar. Recarregue a página uma vez; se o problema continuar, envie à equipe de TI os detalhes abaixo e o nome e a versão do navegador.
