### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Relatório do autodiagnóstico de login do Teams ({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = Gerado em: { $time } (página { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = Computador: { $os }, { $client }; idioma do navegador { $language }; fuso horário { $zone } (UTC{ $offset })
report-os-not-chosen = sistema operacional não escolhido
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = Relógio: { $status } ({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = Relógio: { $status }, computador menos servidor = { $ms } ms (± { $uncertainty } ms)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = , medição aproximada: { $reason }
report-clock-timezone = , provavelmente fuso horário errado
# Variables:
#   $status (String) - the check's status
report-clock-status = Relógio: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = Rede: { $status }, padrão { $pattern }
report-not-finished = não concluído
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = { $site } funciona neste navegador: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = Etapas sugeridas: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = Tentadas sem sucesso: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = Resolvido por: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = Erro visto pela primeira vez: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = ID de correlação mostrado pelo Teams: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = Problemas na configuração da página: { $problems }
report-mail-subject = Problema de login no Teams (relatório de autodiagnóstico)
report-mail-shortened = … (abreviado: use "Copiar relatório" para obter o texto completo)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = Sem resposta após { $duration }: a conexão provavelmente está sendo descartada silenciosamente (firewall, VPN ou proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = Sem resposta em { $duration }: a conexão provavelmente está sendo descartada silenciosamente (firewall, VPN ou proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = Falhou após { $duration }: conexão recusada ou endereço não encontrado (bloqueio, sem DNS, sem rede ou um certificado em que o navegador não confia).
endpoint-detail-intercepted = Algo respondeu no lugar da Microsoft: a resposta não é a configuração de login da Microsoft (por exemplo, uma página de bloqueio, a página de login de um proxy ou a página de login do Wi-Fi de um hotel ou de convidados).
endpoint-detail-unreadable = Respondeu, mas este navegador não teve permissão para ler a resposta, então a página não consegue verificar se ela veio do serviço de login da Microsoft (a página de bloqueio de um proxy pareceria igual aqui).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = Respondeu, mas devagar ({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = Respondeu em { $ms } ms.
# same as English: only a number and the unit symbol ms
# Variables:
#   $n (Number) - milliseconds
duration-ms = { $n } ms
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } s

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Login do Microsoft Entra
endpoint-label-login-alt = Login da Microsoft (alternativo)
endpoint-label-aadcdn-msauth = Arquivos da página de login
endpoint-label-aadcdn-msftauth = Arquivos da página de login (alternativo)
endpoint-label-teams = Serviço do Teams
endpoint-label-teams-cloud = Serviço do Teams (novo endereço)
endpoint-label-teams-statics = Arquivos do aplicativo Teams
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Login do Microsoft Entra (Governo dos EUA)
endpoint-label-teams-usgov = Serviço do Teams (Governo dos EUA)
endpoint-label-graph-usgov = Microsoft Graph (Governo dos EUA)
endpoint-label-login-china = Login do Microsoft Entra (21Vianet)
endpoint-label-login-partner-china = Login do Microsoft Entra (21Vianet, parceiro)
# same as English: the product's and the operator's names
endpoint-label-graph-china = Microsoft Graph (21Vianet)
endpoint-label-self = Servidor desta página
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = a solicitação falhou: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = sem resposta em { $ms } ms
# Variables:
#   $status (Number) - the HTTP status code
error-http = o servidor respondeu HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = o navegador recusou: { $detail }
error-missing-date = a resposta do servidor não tinha o cabeçalho Date
# Variables:
#   $value (String) - the header's value
error-bad-date = não foi possível ler o cabeçalho Date do servidor: { $value }
error-no-samples = nenhuma medição do relógio disponível
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = JSON inválido na linha { $line }, coluna { $column }
error-texts = não é possível ler os textos da página

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file } não é um JSON válido (linha { $line }, coluna { $column }); os padrões internos são usados
# Variables:
#   $file (String) - config.json
config-not-object = { $file } precisa ser um objeto JSON { "{" } … { "}" }; os padrões internos são usados
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = { $file } não pôde ser carregado ({ $reason }); os padrões internos são usados
config-must-be-object = precisa ser um objeto { "{" } … { "}" }; os padrões são usados
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = tem mais de { $max } caracteres e foi ignorado
config-control-characters = contém quebras de linha ou caracteres de controle e foi ignorado
config-not-text = precisa ser um texto entre aspas e foi ignorado
config-not-email = não é um endereço de e-mail; foi ignorado
config-not-phone = só pode conter dígitos, espaços e + - ( ) . /; foi ignorado
# Variables:
#   $https (String) - https://
config-not-https = precisa ser um endereço da Web que comece com { $https }; foi ignorado
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = precisa estar entre { $min } e { $max }; o padrão é usado
config-not-number = precisa ser um número; o padrão é usado
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key } ({ $warn } s) precisa ser menor que { $fail_key } ({ $fail } s); os padrões { $default_warn } s e { $default_fail } s são usados
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = precisa ser um caminho no próprio servidor desta página (como { $default }), porque os navegadores ocultam a hora de outros servidores; { $default } é usado
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = precisa ser um destes valores: { $choices }; { $default } é usado
config-no-usable-endpoint = não tem nenhuma entrada utilizável; os pontos de extremidade internos da Microsoft são usados
config-not-list = precisa ser uma lista [ … ]
# Variables:
#   $id (String) - the entry's id
config-repeated-id = ("{ $id }") repete um id que já está em uso; esta entrada é ignorada
config-entry-not-object = precisa ser um objeto com id, label e url; esta entrada é ignorada
config-bad-id = tem um id que não é formado por 1 a 32 letras, dígitos, - ou _; esta entrada é ignorada
config-no-id = não tem id; esta entrada é ignorada
# Variables:
#   $id (String) - the reserved id
config-reserved-id = usa o id reservado "{ $id }" (o próprio servidor da página é sempre verificado); esta entrada é ignorada
# Variables:
#   $id (String) - the entry's id
config-no-url = ("{ $id }") não tem url; esta entrada é ignorada
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = ("{ $id }") { $reason }; esta entrada é ignorada
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = ("{ $id }") usa { $http }, que uma página servida por HTTPS não consegue testar (use { $https }); esta entrada é ignorada
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = ("{ $id }") tem um "expect" desconhecido (use { $choices }); esta entrada é ignorada
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = ("{ $id }") tem um "expect" que não é texto; esta entrada é ignorada
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = não é um idioma incluído nesta página ({ $choices }); o inglês é usado

## What is wrong with a URL (core/src/url.rs)

url-too-long = a URL tem mais de 2.000 caracteres
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = a URL precisa começar com { $https } (ou { $http })
url-userinfo = a URL não pode conter nome de usuário nem senha
url-bad-host = o host da URL não é válido
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = a URL contém caracteres não permitidos (aspas, espaços, { $chars } …)
