### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: o serviço de login recusou a solicitação do Teams
help-article-summary = O Teams mostra o erro CAA20002 quando você tenta entrar: o serviço de login da Microsoft respondeu, mas recusou a solicitação como inválida. O artigo de suporte lista as causas prováveis nesta ordem: dados de login antigos no cache do Teams, uma VPN ou um proxy no caminho, TLS 1.2 desativado (raro) e data, hora ou fuso horário errados.
help-symptoms-title = Sintomas
help-symptom-1 = O login no Teams falha com o erro CAA20002.
help-symptom-2 = O Teams trava na tela de login.
help-symptom-3 = Outros serviços da Microsoft no navegador, como o Outlook na Web, continuam funcionando.
help-causes-title = Causas
help-cause-1 = Dados de login antigos e expirados no cache do Teams.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = Uma VPN ou um proxy bloqueia { $host }.
help-cause-3 = O TLS 1.2 está desativado no computador (raro).
help-cause-4 = A data, a hora ou o fuso horário estão errados.
help-links-title = Links úteis
help-background-title = Contexto
help-background-1 = O artigo de suporte diz que o CAA20002 quase sempre é um problema no computador, e não uma interrupção da Microsoft.
# Variables:
#   $site (String) - office.com
help-background-2 = Se o login em { $site } funcionar no seu navegador, o artigo estima que limpar o cache do Teams resolve mais de 80% dos casos (é uma estimativa do artigo, não uma medição).
help-background-3 = Se também falhar lá, o artigo aponta para a rede ou para sua conta, e não para o aplicativo Teams: entre em contato com a equipe de TI e envie o relatório desta página.

## Useful links: the page's name, then who it is for

help-link-endpoints = URLs e intervalos de endereços IP do Microsoft 365
help-link-endpoints-note = Para a equipe de TI: os endereços que um proxy ou firewall precisa liberar.
help-link-status = Status do Microsoft 365
help-link-status-note = Página pública: a Microsoft está com uma interrupção mais ampla agora?
help-link-service-health = Integridade do serviço no Centro de administração do Microsoft 365
help-link-service-health-note = Para administradores de TI (requer uma conta de administrador): incidentes que afetam sua organização.
help-link-sign-in-codes = Suporte da Microsoft: Por que estou tendo problemas para entrar no Microsoft Teams?
help-link-sign-in-codes-note = A tabela da Microsoft com os códigos de status de login do Teams e o que tentar em cada caso.
help-link-sign-in-errors = Microsoft Learn: Resolver erros de login no Teams
help-link-sign-in-errors-note = Para a equipe de TI: as etapas de solução de problemas da Microsoft para alguns erros de login do Teams.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = Limpar o cache do Teams (mantendo um backup)
help-solution-cache-intro = O Teams guarda dados de login no cache; o artigo de suporte aponta os dados antigos e expirados guardados ali como a causa mais comum do CAA20002.
help-solution-vpn-proxy = Desativar a VPN e verificar o proxy
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = Uma VPN ou um proxy corporativo que bloqueie { $host } impede o login.
help-solution-tls = Verificar se o TLS 1.2 está ativado (somente Windows)
help-solution-tls-intro = Raro (o próprio artigo diz isso): os servidores de login da Microsoft exigem TLS 1.2 ou mais recente, então, no Windows 10, o login falha com o TLS 1.2 desativado.
help-solution-time = Verificar a data, a hora e o fuso horário
help-solution-time-intro = Com a data ou a hora erradas, as conexões seguras e o login podem falhar; um fuso horário errado importa quando o relógio foi depois ajustado manualmente para parecer certo.

## Clearing the cache by hand, keeping a backup

help-cache-restart = Abra o Teams novamente e entre. A primeira inicialização é mais lenta enquanto o Teams recria o cache.
help-cache-macos-quit = Saia do Teams: na barra de menus, na parte superior, clique no menu Teams (ao lado do menu Apple) e escolha Encerrar (ou pressione Command + Q).
help-cache-macos-force = Se o Teams não encerrar, abra o Monitor de Atividade, pesquise "Teams", selecione-o, clique no botão Parar (✕) na parte superior e escolha Forçar Encerrar.
help-cache-macos-terminal = Abra o Terminal (Aplicativos > Utilitários > Terminal), cole este comando e pressione Return. Ele move o cache do Teams para uma pasta de backup com data na sua pasta de início; nada é excluído.
help-cache-macos-privacy = Se o macOS perguntar se o Terminal pode acessar dados de outros aplicativos, clique em Permitir. Se aparecer "Operation not permitted", ative o Terminal em Ajustes do Sistema > Privacidade e Segurança > Acesso Total ao Disco e execute o comando novamente.
help-cache-macos-backgrounds = Seus planos de fundo personalizados para reuniões estão na pasta de backup. Depois que o Teams funcionar por alguns dias, você pode excluir o backup.
help-cache-linux-quit = Saia do Teams pelo menu do ícone dele na bandeja do sistema: fechar a janela apenas a oculta.
help-cache-linux-terminal = Abra um terminal, cole este comando e pressione Enter. Ele move o cache do Teams para uma pasta de backup com data na sua pasta pessoal; nada é excluído.
help-cache-linux-delete-later = Depois que o Teams funcionar por alguns dias, você pode excluir a pasta de backup.
help-cache-windows-quit = Saia do Teams: clique com o botão direito do mouse no ícone do Teams ao lado do relógio (no canto inferior direito; clique em ^ se não o vir) e escolha Sair.
help-cache-windows-task-manager = Abra o Gerenciador de Tarefas (Ctrl + Shift + Esc). Se o Microsoft Teams ainda aparecer na lista, selecione-o e clique em Finalizar tarefa.
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = Crie uma pasta na Área de Trabalho chamada { $folder }. Mover o cache para lá, em vez de excluí-lo, permite voltar atrás.
help-cache-windows-open-new = Pressione a tecla Windows + R, cole isto e pressione Enter. O Explorador de Arquivos abre a pasta que contém o cache do novo Teams e o login salvo dele.
help-cache-windows-open-classic = Pressione a tecla Windows + R, cole isto e pressione Enter. O Explorador de Arquivos abre a pasta de cache do Teams clássico.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = Selecione tudo o que há nela (Ctrl + A), recorte (Ctrl + X) e cole (Ctrl + V) em uma nova pasta chamada { $sub } dentro de { $folder }. Não mexa nas pastas acima de { $cache }: usuários relatam que o Teams deixa de abrir sem elas.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = Selecione tudo o que há nela (Ctrl + A), recorte (Ctrl + X) e cole (Ctrl + V) em uma nova pasta chamada { $sub } dentro de { $folder }.
help-cache-windows-powershell = Prefere digitar? Este comando do PowerShell faz as mesmas movimentações para uma pasta de backup com data na sua pasta de usuário. Para abrir o PowerShell, clique com o botão direito do mouse em Iniciar > Terminal (Windows PowerShell no Windows 10).
help-cache-windows-backgrounds = Seus planos de fundo personalizados para reuniões estão no backup, na pasta mostrada aqui: copie-os de volta se sentir falta deles. Depois que o Teams funcionar por alguns dias, você pode excluir o backup.

## VPN and proxy

help-network-vpn-windows = Desconecte a VPN pelo ícone dela ao lado do relógio ou em Configurações > Rede e Internet > VPN e tente entrar no Teams novamente.
help-network-vpn-macos = Desconecte a VPN pelo ícone dela na barra de menus ou em Ajustes do Sistema > VPN e tente entrar no Teams novamente.
help-network-vpn-linux = Desconecte a VPN pelo ícone dela ou pelo menu de rede no canto superior direito e tente entrar no Teams novamente.
help-network-vpn-required = Se sua empresa exigir a VPN para o Teams, deixe-a conectada e passe para a próxima etapa.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = Em uma rede corporativa com proxy, { $login } e { $teams } precisam estar acessíveis. A verificação de rede desta página testa isso para você.
help-network-proxy-windows = Para ver se há um proxy configurado, abra Configurações > Rede e Internet > Proxy. Anote o que aparece, para informar à equipe de TI.
help-network-proxy-macos = Para ver se há um proxy configurado, abra Ajustes do Sistema > Rede, escolha sua conexão, clique em Detalhes… e depois em Proxies. Anote o que aparece, para informar à equipe de TI.
help-network-proxy-linux = Para ver se há um proxy configurado, abra Configurações > Rede > Proxy de rede. Anote o que aparece, para informar à equipe de TI.
help-network-ask-it = Se algo estiver bloqueado, peça à equipe de TI para liberar os endereços do Microsoft 365 no proxy ou no firewall e envie o relatório desta página.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Pressione a tecla Windows + R, digite isto e pressione Enter. A janela Propriedades de Internet é aberta.
help-tls-advanced = Abra a guia Avançadas e role até a seção Segurança. Verifique se "Usar TLS 1.2" está marcado.
help-tls-13 = No Windows 11, marque também "Usar TLS 1.3". No Windows 10, deixe "Usar TLS 1.3" como está: a Microsoft só oferece suporte ao TLS 1.3 a partir do Windows 11.
help-tls-apply = Clique em Aplicar, depois em OK, e reinicie o computador.
help-tls-greyed = Se as caixas estiverem esmaecidas, sua empresa gerencia essa configuração: avise a equipe de TI.

## Date, time and time zone

help-time-restart = Reinicie o Teams e depois clique em "Verificar novamente" na verificação do relógio desta página.
help-time-check-restart = Confira se o relógio mostra a hora certa, reinicie o Teams e depois clique em "Verificar novamente" na verificação do relógio desta página.
help-time-windows-open = Abra Configurações > Hora e idioma > Data e hora.
help-time-windows-link = Abrir as configurações de Data e hora
help-time-windows-zone = Ative "Definir fuso horário automaticamente" ou escolha seu fuso horário na lista "Fuso horário".
help-time-windows-zone-only = Ative "Definir fuso horário automaticamente". Se a opção estiver esmaecida ou escolher o fuso errado, desative-a e escolha seu fuso horário na lista "Fuso horário".
help-time-windows-auto = Ative "Definir horário automaticamente".
help-time-windows-sync = Clique em "Sincronizar agora" (em "Configurações adicionais" no Windows 11).
help-time-macos-open = Abra o menu Apple > Ajustes do Sistema > Geral > Data e Hora.
help-time-macos-zone = Ative "Definir fuso horário automaticamente usando a localização atual" ou desative essa opção e escolha a cidade mais próxima em "Cidade mais próxima".
help-time-macos-auto = Ative "Definir data e hora automaticamente".
help-time-linux-open = Abra Configurações > Data & hora (Configurações > Sistema > Data & hora nas versões mais recentes do GNOME).
help-time-linux-zone = Ative "Fuso horário automático" ou escolha seu fuso horário manualmente.
help-time-linux-auto = Ative "Data e hora automática". Em um terminal, este comando faz o mesmo (ele pode pedir sua senha):
help-time-linux-zone-show = Ative "Fuso horário automático" ou escolha seu fuso horário manualmente. Em um terminal, este comando mostra o fuso configurado no momento:

## When clearing the cache did not help (in this order)

help-next-restart = Reiniciar o computador (após uma troca de senha recente)
help-next-restart-why = Depois de uma troca de senha, o Windows e o macOS podem continuar usando o login antigo até o computador ser reiniciado.
help-next-restart-1 = Salve seu trabalho e reinicie o computador (uma reinicialização de verdade, não suspender nem sair da conta).
help-next-restart-2 = Entre no computador com sua senha atual e depois abra o Teams e entre.
help-next-work-account = Remover e adicionar novamente sua conta corporativa no Windows (com o consentimento da equipe de TI)
help-next-work-account-why = O Teams faz login por meio da conta corporativa que o Windows guarda, então um problema com essa conta pode impedir o login no Teams. Este é um conselho comum, e não uma etapa das páginas da Microsoft sobre o login no Teams.
help-next-work-account-1 = Pergunte antes à equipe de TI: em um computador gerenciado pela empresa, remover a conta pode remover o gerenciamento do computador ou os aplicativos da empresa.
help-next-work-account-2 = Abra Configurações > Contas > Acessar trabalho ou escola.
help-next-work-account-3 = Selecione sua conta corporativa, escolha Desconectar e confirme.
help-next-work-account-4 = Reinicie o computador; depois, escolha Conectar na mesma página e entre com seu endereço corporativo.
help-next-open-teams = Abra o Teams e entre.
help-next-reset-windows = Redefinir o aplicativo Teams
help-next-reset-windows-why = Redefinir apaga tudo o que o aplicativo guarda neste computador, o que a etapa do cache sozinha não faz.
help-next-reset-windows-1 = Saia do Teams.
help-next-reset-windows-2 = Abra Configurações > Aplicativos > Aplicativos instalados, encontre o Microsoft Teams, selecione … e depois Opções avançadas.
help-next-reset-windows-3 = Em Redefinir, escolha Redefinir e confirme. Isso apaga os dados do Teams neste computador, incluindo suas configurações e seus planos de fundo personalizados; seus chats e arquivos continuam na nuvem.
help-next-reset-macos = Remover do chaveiro a conta salva do Teams (feito pela equipe de TI)
help-next-reset-macos-why = O novo Teams guarda a conta no chaveiro do macOS, que a etapa do cache não toca.
help-next-reset-macos-1 = Peça à equipe de TI para fazer esta etapa ou para confirmá-la antes para o seu Mac: os nomes dos itens abaixo vêm de relatos da comunidade, e não da Microsoft.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Saia do Teams. Abra o Acesso às Chaves (Aplicativos > Utilitários) e pesquise { $first }, { $second } e, no macOS 15, { $third }.
help-next-reset-macos-3 = A equipe de TI apaga esses itens (clique com o botão direito > Apagar) e depois você abre o Teams e entra novamente.
help-next-web = Continuar trabalhando no Teams na Web
help-next-web-why = O Teams no navegador faz login por conta própria, então você pode continuar trabalhando enquanto o aplicativo é corrigido.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Abra { $url } no Edge ou no Chrome e entre com sua conta corporativa.
help-next-web-2 = Continue usando-o até o aplicativo Teams voltar a funcionar ou até a equipe de TI analisá-lo.

## Saving Teams' support files before clearing anything

help-support-windows-1 = Se a equipe de TI puder precisar dos arquivos de suporte do Teams, salve-os antes de limpar qualquer coisa: com o Teams aberto, pressione Ctrl+Alt+Shift+1.
help-support-windows-2 = O Teams salva os arquivos na sua pasta Downloads; guarde-os até a equipe de TI dizer que não são mais necessários.
help-support-macos-1 = Se a equipe de TI puder precisar dos arquivos de suporte do Teams, salve-os antes de limpar qualquer coisa: com o Teams aberto, pressione Option+Command+Shift+1.
help-support-macos-2 = Procure os arquivos primeiro na sua pasta Downloads (a Microsoft só cita essa pasta para Windows e Linux); guarde-os até a equipe de TI dizer que não são mais necessários.
help-support-linux = O aplicativo Teams no Linux não tem um atalho para os arquivos de suporte; em vez disso, conte à equipe de TI o que você está vendo.
