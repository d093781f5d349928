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
