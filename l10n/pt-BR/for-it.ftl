### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = Para a equipe de TI
for-it-summary = Criar um link para os usuários e ver a configuração em vigor

for-it-link-title = Link para um e-mail ou chamado
for-it-link-intro = Pré-selecione para o usuário o idioma, o código de erro, o sistema e o cliente do Teams. Só esses valores são aceitos a partir de um link; qualquer outra coisa é ignorada e nunca exibida.
for-it-language = Idioma
for-it-language-auto = Automático (o idioma do navegador do leitor)
for-it-code = Código de erro
for-it-code-none = (nenhum)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = Sistema operacional
for-it-os-detect = (detectar)
for-it-client = Cliente do Teams
for-it-client-ask = (perguntar)
for-it-copy-link = Copiar link
for-it-link-copied = Link copiado.
copy-blocked-link = O navegador bloqueou a cópia: selecione o link e pressione Ctrl+C (⌘C no Mac).
for-it-config-title = Configuração em vigor
# Variables:
#   $file (String) - config.json
for-it-config-intro = Vem de { $file }, ao lado desta página, com os padrões internos para tudo o que estiver ausente ou inválido (veja o aviso no topo, se houver). Edite { $file } no servidor; não é preciso recompilar.
for-it-config-loading = (ainda carregando)

for-it-unattended-title = Script de correção para o Intune, o Jamf ou outras ferramentas
for-it-unattended-intro = As ferramentas de gerenciamento executam scripts onde ninguém pode responder a uma pergunta. A variante não assistida não pergunta nada: faz o que as etapas da seção do script de correção escolherem. Ela grava o log em um arquivo fixo e informa o resultado pelo código de saída, com um código separado quando o novo teste ainda encontrou problemas.
for-it-unattended-platforms = No Windows, ela se inicia de novo no PowerShell de 64 bits quando foi iniciada no PowerShell de 32 bits. No Mac, executada como root pelo Jamf, ela age só em nome do usuário conectado na tela e não faz nada quando não há ninguém conectado.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = Com esta opção ativada, a seção do script de correção acima oferece a variante não assistida para download. O guia de TI ({ $guide } no código-fonte da página) descreve a implantação passo a passo.
