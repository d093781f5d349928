### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Autodiagnóstico de login do Teams (CAA20002)
page-skip-link = Ir para as verificações
page-no-script = As verificações automáticas precisam de JavaScript e WebAssembly, que estão desativados neste navegador. As etapas abaixo continuam funcionando.
page-fatal-title = Algo deu errado nesta página
page-fatal-text = Recarregue a página para tentar novamente. Se acontecer de novo, avise o suporte técnico de TI e inclua este texto:
# The label of the language menu at the top of the page.
page-language-menu = Idioma

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Autodiagnóstico de login do Teams
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Não consegue entrar no Teams (erro { $code })? Vamos descobrir o motivo.
page-lead = Esta página verifica o relógio do seu computador e a conexão dele com a Microsoft e depois indica a correção adequada. Nada é instalado e nada sai deste navegador, a menos que você envie.

## Notices at the top

page-config-notice-title = O arquivo de configurações da página tem um problema (a página continua funcionando com as configurações internas)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = Avise o suporte técnico de TI; é possível corrigir { $file } sem recompilar a página.
page-link-notice-title = Parte do link que você abriu foi ignorada
page-link-notice-hint = A página funciona normalmente; escolha abaixo seu sistema e sua versão do Teams, se não estiverem corretos.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = O valor "{ $name }" do link não foi reconhecido e foi ignorado.
link-too-long = O valor "{ $name }" do link era longo demais e foi ignorado.
link-repeated = O link informou "{ $name }" mais de uma vez; só o primeiro foi usado.
link-unknown-parameter = O link continha configurações que esta página não usa; elas foram ignoradas.
link-truncated = O link era excepcionalmente longo; só o início dele foi lido.

## Status words next to each check's icon (core/src/status.rs)

status-running = Verificando…
# same as English: "OK" is the usual status word in Brazilian Portuguese interfaces
status-ok = OK
status-warn = Aviso
status-fail = Problema
status-unknown = Não foi possível verificar

## Summary at the top

summary-title = Resumo
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = Verificando… relógio: em andamento; conexão: { $done } de { $total ->
    [one] { $total } endereço
   *[other] { $total } endereços
  }.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = Verificando… relógio: concluído; conexão: { $done } de { $total ->
    [one] { $total } endereço
   *[other] { $total } endereços
  }.
summary-ok = O relógio e a conexão com a Microsoft parecem estar em ordem.
summary-warn = As verificações encontraram algo que vale a pena corrigir.
summary-unknown = Algumas verificações não puderam ser concluídas; veja os detalhes abaixo.
summary-fail = As verificações encontraram um problema que pode impedir o login no Teams.
# Variables:
#   $code (String) - the error code
summary-go-to-it = Erro { $code }: entre em contato com a equipe de TI.
summary-go-to-it-why = Só a equipe de TI pode corrigir este erro; o relatório (seção 4) traz o que ela precisa saber.
summary-next-step = Sua próxima etapa:

## The checks

checks-title = 1. Verificações
action-check-again = Verificar novamente

## The clock check

clock-title = Data, hora e fuso horário
clock-failed = Não foi possível verificar o relógio.
clock-comparing = Comparando o relógio do seu computador com o servidor…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = O relógio do seu computador está certo ({ $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = O relógio do seu computador está { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = Motivo: { $reason }. Verifique sua conexão e clique em "Verificar novamente".
clock-server-time = Hora do servidor
clock-your-computer = Seu computador
clock-time-zone = Fuso horário
clock-accuracy = Precisão
# same as English: only a number and the unit symbol ms
# Variables:
#   $ms (Number) - milliseconds
clock-plus-minus-ms = ± { $ms } ms
clock-refining = (refinando…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name } ({ $offset })
clock-timezone-hint-title = Provavelmente o fuso horário está errado.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = A diferença é quase exatamente um número inteiro de quartos de hora, então seu relógio provavelmente mostra a hora local certa, mas com o fuso horário errado. O fuso horário deste computador é { $zone }. Corrija primeiro o fuso horário e depois deixe o relógio se ajustar sozinho.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = Corrigir o fuso horário no { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = Corrigir a data e a hora no { $os }
clock-coarse-pending = Ainda medindo com mais precisão.
clock-coarse-date-reused = Este servidor reutiliza o carimbo de data/hora por até um segundo, então a página não consegue medir com precisão maior que cerca de um segundo. Isso é mais que suficiente: os limites usuais do relógio (Kerberos, verificação de tokens) são de minutos, não de segundos.
clock-coarse-not-verified = Não foi possível confirmar uma medição mais fina, então a página mantém a margem aproximada de cerca de um segundo. Isso é mais que suficiente: os limites usuais do relógio (Kerberos, verificação de tokens) são de minutos, não de segundos.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = com diferença de menos de um segundo
clock-offset-under-a-tenth = com diferença de menos de um décimo de segundo
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = entre { $near } e { $far } segundos adiantado
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = entre { $near } e { $far } segundos atrasado
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = com diferença de menos de { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
  }
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = cerca de { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = { $amount } adiantado
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = { $amount } atrasado
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } e { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
  }
# Variables:
#   $n (Number) - hours
clock-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
  }
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
  }
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
  }

## The connection check

network-title = Conexão com o login da Microsoft
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = Testando a conexão com a Microsoft… ({ $done } de { $total } responderam)
network-progress-label = Endereços verificados
network-for-it = Para a equipe de TI:
network-table-caption = Resultado por endereço
network-column-service = Serviço
# same as English: "Status" is the usual Brazilian Portuguese word (Microsoft uses it too)
network-column-status = Status
network-column-time = Tempo
# same as English: only a number and the unit symbol ms
# Variables:
#   $ms (Number) - milliseconds
network-latency = { $ms } ms

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = O serviço de login da Microsoft pode ser acessado deste navegador.
network-all-reachable-1 = A rede provavelmente está funcionando bem daqui; o artigo de suporte aponta como causa mais comum o próprio cache do aplicativo Teams, com dados de login antigos.
network-all-reachable-2 = Limpe o cache do Teams com o script abaixo (ele mantém um backup).
network-partial = Alguns endereços da Microsoft respondem, outros não.
network-partial-1 = Se você usa uma VPN, desconecte-a e clique em "Verificar novamente".
network-partial-2 = Se sua empresa usa um proxy ou filtro da Web, a equipe de TI precisa liberar os endereços do Microsoft 365 que aparecem abaixo com falha.
network-partial-3 = Envie à equipe de TI o relatório desta página: ele indica os endereços que falharam.
network-blocked = Sua rede funciona, mas os endereços de login da Microsoft estão bloqueados.
network-blocked-1 = Se você usa uma VPN, desconecte-a e clique em "Verificar novamente".
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = Se funcionar sem a VPN, avise a equipe de TI: a VPN ou o proxy bloqueia { $host }.
network-blocked-3 = A equipe de TI precisa incluir os pontos de extremidade do Microsoft 365 na lista de permissões (veja o link abaixo).
network-intercepted = Algo respondeu no lugar da Microsoft.
network-intercepted-1 = Este navegador recebeu uma resposta que não veio do serviço de login da Microsoft: por exemplo, a página de bloqueio de um filtro da Web, a página de login de um proxy ou a página de login do Wi-Fi de um hotel ou de convidados.
network-intercepted-2 = Se uma página pedir que você faça login na rede ou aceite os termos dela, faça isso e depois clique em "Verificar novamente".
network-intercepted-3 = Caso contrário, tente uma vez sem a VPN ou em outra rede (por exemplo, o hotspot do seu celular).
network-intercepted-4 = Conte à equipe de TI o que esta verificação encontrou e envie o relatório: a rede precisa deixar passar os endereços de login da Microsoft.
network-offline = Este computador parece não estar conectado à Internet.
network-offline-1 = Conecte-se primeiro ao Wi-Fi ou a um cabo de rede e depois clique em "Verificar novamente".
network-offline-2 = Se outros sites também não abrirem, reinicie o roteador ou peça ajuda à equipe de TI; o Teams não consegue fazer login sem conexão.
network-endpoints-link = URLs e intervalos de endereços IP do Microsoft 365
network-tls-caveat = O que esta verificação não consegue ver: certificados. Um proxy corporativo que inspeciona o tráfego criptografado com o próprio certificado raiz, confiável para este computador, repassa a resposta real da Microsoft e aqui parece uma conexão normal. Só uma verificação no próprio computador (lendo a cadeia de certificados) consegue detectar isso.
network-path-caveat = O aplicativo Teams pode usar um caminho de rede diferente do deste navegador (por exemplo, o proxy do sistema). O script para download abaixo testa novamente os mesmos endereços a partir do próprio Windows ou macOS.

## Status words of one address (core/src/network.rs)

endpoint-running = Verificando…
endpoint-ok = Acessível
endpoint-slow = Lento
endpoint-fail = Falha
endpoint-timeout = Sem resposta
endpoint-intercepted = Interceptado

## The office.com question

office-title = Uma pergunta
# Variables:
#   $link (String) - a link to office.com
office-ask = Abra { $link } neste navegador e entre com sua conta corporativa. Funciona?
# Variables:
#   $site (String) - office.com
office-group-label = O login em { $site } funciona?
office-yes = Sim, funciona
office-no = Não, também falha
office-unknown = Não testei
# Variables:
#   $site (String) - office.com
office-why = Por que perguntamos: se { $site } funcionar, sua conta está funcionando e o problema provavelmente está no Teams ou no login do Windows deste computador, onde o artigo de suporte coloca o cache do Teams em primeiro lugar. Se também falhar, é mais provável que a causa seja a rede ou a conta, e a equipe de TI deve analisar.

## Your computer: system and Teams version

choice-title = Seu computador
choice-unknown-os = Este navegador não informa em qual sistema está sendo executado. Escolha o computador em que o Teams não consegue fazer login: o script de correção e as etapas são feitos para ele.
choice-mobile = Parece que você está em um celular ou tablet. A correção é para o aplicativo da área de trabalho do Teams: escolha o computador em que o Teams falha e depois abra esta página nele ou envie o script para ele.
choice-os-label = Sistema operacional
choice-os-placeholder = Escolher…
choice-detected = (detectado por este navegador; altere se o Teams for executado em outro computador)
choice-client-legend = Qual Teams?
choice-client-how-to-tell = Como saber: o novo Teams tem um selo "NOVO" ou não tem a opção "Experimente o novo Teams", e o ícone dele mostra um "T" em um bloco roxo e branco; o Teams clássico se chama "Microsoft Teams (clássico)" no menu Iniciar ou na pasta Aplicativos. Não tem certeza? Mantenha "Ambos": o script só mexe nas pastas que existem.
client-new = Novo Teams
client-classic = Teams clássico
client-both = Ambos / não sei

## The plan

plan-title = 2. O que fazer, em ordem
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = A etapa { $n } resolveu.
plan-fixed-again = Se o erro voltar, abra esta página novamente.
plan-none-fixed = Nenhuma das etapas resolveu. É bom saber disso: entre em contato com o suporte técnico de TI e envie o relatório abaixo (ele lista o que foi verificado).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = Suporte técnico: { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = Etapa { $n } de { $total }: { $title }
plan-ask = Isso resolveu?
plan-yes = Sim, consigo entrar no Teams
plan-no-next = Não, próxima etapa
plan-no-last = Não, continua falhando
plan-restart = Recomeçar as etapas
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = No { $os }
plan-cache-use-script = Use o script de correção abaixo: ele fecha o Teams, move o cache para uma pasta de backup (assim nada se perde), mantém seus planos de fundo personalizados e abre o Teams de novo.
plan-go-to-script = Ir para o script de correção
plan-by-hand = Ou faça manualmente
plan-go-to-network = Ir para a verificação de conexão
plan-connect-how = Conecte-se ao Wi-Fi ou a um cabo de rede, confira se outros sites abrem e depois clique em "Verificar novamente" na verificação de conexão acima.
plan-account-send = A equipe de TI consegue investigar mais do que esta página. Envie o relatório abaixo ao suporte técnico de TI.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = A equipe de TI consegue investigar mais do que esta página. Envie o relatório abaixo ao suporte técnico de TI ({ $contact }).
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Abra a página pública de status do Microsoft 365 e veja se há um problema atual com o login ou com o Teams: { $link }. Aguarde alguns minutos e entre no Teams novamente.
plan-go-to-report = Ir para o relatório
plan-after-cache-intro = Antes de entrar em contato com a equipe de TI, ou enquanto aguarda, nesta ordem:
plan-help-missing = Não foi possível mostrar estas etapas: esta cópia da página foi gerada sem os textos de ajuda. Avise o suporte técnico de TI.

## The plan's steps (core/src/plan.rs)

plan-step-time = Definir data, hora e fuso horário automaticamente
plan-step-network = Desativar a VPN e verificar o proxy
plan-step-connect = Verificar a conexão com a Internet
plan-step-tls = Verificar se o TLS 1.2 está ativado
plan-step-it = Entrar em contato com a equipe de TI e enviar o relatório
plan-step-helpdesk = Ainda não resolveu? Envie o relatório à equipe de TI
plan-step-service = Verificar o status do Microsoft 365 e tentar novamente mais tarde
plan-step-cache-new = Limpar o cache do novo Teams (mantendo um backup)
plan-step-cache-classic = Limpar o cache do Teams clássico (mantendo um backup)
plan-step-cache-both = Limpar o cache do Teams (mantendo um backup)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = Este computador não conseguiu acessar nenhum site durante a verificação, e nada mais funciona até ele voltar a ficar online.
plan-why-service-helpdesk = Se continuar falhando depois de um tempo e a página de status não mostrar nenhum problema, envie o relatório à equipe de TI: um proxy corporativo pode dar a mesma resposta.
# Variables:
#   $site (String) - office.com
plan-why-office-network = O login também falha em { $site } e a verificação de rede ainda não tem resposta, então descarte a VPN e o proxy antes de entrar em contato com a equipe de TI.
# Variables:
#   $site (String) - office.com
plan-why-office-it = O login também falha em { $site }, então é mais provável que a causa seja a rede ou sua conta do que o aplicativo Teams; a equipe de TI pode verificar as duas coisas com o relatório.
plan-why-network-after-offline = Quando você estiver online de novo, a próxima coisa a descartar é uma VPN ou um proxy bloqueando os servidores de login da Microsoft.
plan-why-network-unknown = A verificação de rede não tem resposta, e uma VPN ou um proxy bloqueando os servidores de login da Microsoft é a segunda causa apontada pelo artigo de suporte.
plan-why-tls = É raro e acontece principalmente em computadores antigos, mas no Windows o TLS 1.2 desativado impede o login, e é rápido de verificar.
plan-why-clock-unknown = A página não conseguiu verificar o relógio, e data, hora ou fuso horário errados são uma das causas conhecidas.
plan-why-helpdesk = Se nenhuma das etapas ajudou, envie ao suporte técnico de TI o relatório desta página: ele mostra o que foi verificado.
plan-why-it-generic = Este é um erro que a equipe de TI precisa analisar.
plan-why-timezone = Em comparação com o servidor desta página, o relógio tem uma diferença de um número inteiro de quartos de hora: provavelmente foi ajustado manualmente com o fuso horário errado, então a hora real também está errada.
plan-why-clock-fail = Em comparação com o servidor desta página, o relógio tem uma diferença maior que o limite da sua organização (por padrão, 5 minutos, a tolerância usual do Kerberos e da verificação de tokens); um relógio errado pode fazer o login falhar.
plan-why-clock-warn = Em comparação com o servidor desta página, o relógio tem uma diferença maior que o limite de aviso da sua organização e está chegando perto do limite em que o login pode falhar.
plan-why-blocked = Este navegador não conseguiu acessar os servidores de login da Microsoft enquanto outros sites respondiam, então uma VPN, um proxy ou um firewall está no caminho.
plan-why-partial = Alguns servidores da Microsoft não responderam a este navegador, então uma VPN, um proxy ou um firewall pode estar bloqueando parte do login.
plan-why-intercepted = Algo respondeu a este navegador no lugar da Microsoft (uma página de bloqueio, a página de login de um proxy ou a página de login de um Wi-Fi de convidados), então provavelmente o login não consegue chegar à Microsoft a partir desta rede.
plan-why-network-code = O código de erro aponta para a conexão com a Microsoft, então descarte primeiro a VPN e o proxy.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = O login funciona em { $site } e os servidores da Microsoft respondem, então a causa provável são os dados de login salvos pelo próprio aplicativo Teams; o artigo estima que limpá-los resolve mais de 80% dos casos.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = O login funciona em { $site } neste navegador, então a causa provável são os dados de login salvos pelo aplicativo Teams; o artigo estima que limpá-los resolve mais de 80% dos casos.
plan-why-cache = O artigo de suporte aponta dados de login antigos no cache do Teams como a causa mais comum do CAA20002, e a limpeza mantém um backup.

## What to keep doing once a step fixed it

plan-keep-time = Mantenha a data, a hora e o fuso horário automáticos ativados para que continuem certos.
plan-keep-network = Se o problema voltar sempre que a VPN ou o proxy estiverem ativos, avise a equipe de TI: ela precisa liberar os endereços de login da Microsoft.
plan-keep-cache = Depois que o Teams funcionar por alguns dias, você pode excluir a pasta de backup.
plan-keep-tls = Deixe o TLS 1.2 ativado.
plan-keep-account = Que bom que a equipe de TI resolveu.
plan-keep-connect = Você está online novamente.
plan-keep-service = O serviço está respondendo novamente.

## Next step line in the summary

summary-next-done = Pronto: agora você deve conseguir entrar no Teams
summary-next-helpdesk = Entrar em contato com o suporte técnico de TI e enviar o relatório

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = Esta página não conhece esse código; as orientações para { $code } abaixo continuam valendo.
code-unknown = Esta página não conhece esse código; as orientações gerais abaixo continuam valendo.
# Variables:
#   $code (String) - the code the user typed
code-updated = Orientações e etapas atualizadas para { $code }.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = Erro { $code }: { $meaning }
code-title-general = Problemas de login no Teams: o que costuma ajudar
code-for-it = Este erro é para a equipe de TI.
code-for-it-why = As etapas desta página não vão resolvê-lo; envie à equipe de TI o relatório da seção 4, abaixo.
code-more = Mais sobre este erro
code-input-label = O Teams mostra outro código? Digite ou cole aqui
# Variables:
#   $code (String) - an example code
code-input-placeholder = ex.: { $code }
code-loading = Carregando o significado deste código…
code-load-failed = Não foi possível carregar o significado deste código. Verifique sua conexão e recarregue a página; as etapas abaixo continuam valendo.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } — todos os detalhes ({ $os })
article-show = Mostrar o artigo completo: sintomas, causas, todas as soluções e links
article-solutions = Soluções
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. O script de correção
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. O script de correção para { $os }
script-choose-os = Escolha seu sistema operacional em "Seu computador", acima, para obter o script que limpa o cache do Teams com segurança.
script-preparing = Preparando o script… Ele aparece aqui assim que as verificações acima tiverem resultados.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = Não foi possível preparar o script aqui ({ $reason }). Tente novamente ou baixe o script pronto abaixo; as etapas do plano funcionam sem ele.
action-try-again = Tentar novamente
# Variables:
#   $file (String) - the script's file name
script-download-static = Baixar o script pronto ({ $file }, opções padrão)
script-static-note = O script pronto limpa o cache das duas versões do Teams com as etapas padrão. Execute-o com:

## The report for the helpdesk

report-title = 4. Relatório para o suporte técnico de TI
report-intro = Se precisar de ajuda, envie este relatório: ele lista o que esta página mediu, para que a equipe de TI não precise perguntar. Ele não contém nome, conta nem senha. Esta página não envia nada por conta própria.
report-copy = Copiar relatório
report-download = Baixar relatório (JSON)
report-email = Enviar e-mail ao suporte técnico
report-copied = Relatório copiado: cole-o na sua mensagem para o suporte técnico.
# Variables:
#   $file (String) - the file's name
report-saved = { $file } foi salvo na sua pasta Downloads.
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = O download não começou ({ $reason }); use "Copiar relatório".
report-notes-legend = Opcional: ajude a equipe de TI a encontrar sua tentativa de login
report-error-time-label = Quando o erro apareceu?
report-error-time-note = Hora local do seu computador; o relatório informa o fuso horário dele.
report-correlation-label = ID de correlação (o Teams o mostra abaixo do erro)
report-correlation-note = Copie-o da janela de erro do Teams; ele identifica a tentativa nos logs de login da Microsoft.
# Variables:
#   $example (String) - an example date and time
report-refused-time = Esta página não consegue ler essa data e hora. Use o seletor de data ou digite neste formato: { $example }.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = Isso não é um ID de correlação. Ele tem o formato 8-4-4-4-12 (letras e dígitos), por exemplo { $example }.
report-show = Mostrar o relatório
report-text-label = Texto do relatório
report-json-label = Relatório em JSON
copy-blocked-report = O navegador bloqueou a cópia: selecione o texto do relatório e pressione Ctrl+C (⌘C no Mac).

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = Ajuda: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Autodiagnóstico de login do Teams { $version }. Esta página não envia nada a lugar nenhum: as verificações só perguntam aos servidores da Microsoft se eles respondem, e o relatório fica no seu navegador até você enviá-lo.

## Loading the texts that come after the checks

later-loading = Carregando…
later-failed = Não foi possível carregar esta parte. Verifique sua conexão e recarregue a página.
