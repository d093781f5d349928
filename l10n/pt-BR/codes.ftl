### The error codes the page knows (core/src/codes.rs): what each means, Microsoft's wording
### for it, and what to do. CAA20002's texts come with the page; the others are loaded when
### a link or the reader names that code, or after the checks.
### Microsoft's constant names (ERROR_ADAL_…) are not in these texts: the page shows them
### as they are. "documented" is Microsoft's own description, quoted: translate it as
### Microsoft's localized documentation words it where you know it.

## Around every code

# Variables:
#   $code (String) - the error code
#   $constant (String) - Microsoft's name for it, such as ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST
#   $wording (String) - Microsoft's description (from code-…-documented)
#   $sources (String) - the documents it comes from
codes-source-note = Nome que a Microsoft dá a { $code }: { $constant }: { $wording } Fonte: { $sources }.
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }; também { $second }
# Variables:
#   $code (String) - the error code
codes-not-sure = Não confirmado: não encontramos { $code } na documentação pública da Microsoft, então o significado acima é a nossa melhor interpretação, não um fato.
codes-source-web-provider-errors = Microsoft Learn: Propriedade WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Suporte da Microsoft: Por que estou tendo problemas para entrar no Microsoft Teams?
codes-source-com-security-errors = Microsoft Learn: Códigos de erro COM (segurança e instalação)

## Paragraphs several codes share

code-shared-tls-inspection = Nossa interpretação, não a redação da Microsoft: em uma rede corporativa, uma causa provável é um proxy ou firewall que inspeciona as conexões criptografadas com o próprio certificado, no qual o login do Teams não confia. Fora da rede da empresa, a página de login do Wi-Fi de um hotel ou de convidados pode causar o mesmo.
code-shared-tls-inspection-try = Tente outra rede, por exemplo, o hotspot do seu celular. Se o login funcionar lá, informe o código de erro à equipe de TI: ela pode excluir os endereços de login da Microsoft da inspeção TLS. A verificação que esta página faz no navegador não consegue ver certificados, então pode mostrar tudo como acessível.
code-shared-pac-try = Só a equipe de TI pode corrigir a configuração do proxy. Até lá, fazer login a partir de outra rede (por exemplo, o hotspot do seu celular, com a VPN desativada) costuma funcionar.
code-shared-proxy-answered = Nossa interpretação, não a redação da Microsoft: isso costuma significar que algo diferente da Microsoft respondeu, como a página de login ou de bloqueio de um proxy, ou a página de login do Wi-Fi de um hotel ou de convidados.

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = Este erro de certificado geralmente significa que um proxy ou firewall inspeciona as conexões criptografadas, ou que há uma página de login de Wi-Fi de convidados no caminho; testar outra rede mostra qual dos dois é.
code-shared-plan-proxy-setup = Este erro significa que a configuração automática do proxy falhou, então o Teams não sabe como chegar à Microsoft; outra rede ou a equipe de TI podem contornar isso.
code-shared-plan-unusable-answer = Este erro significa que o Teams recebeu uma resposta que não conseguiu usar, muitas vezes a própria página de um proxy ou de um Wi-Fi de convidados respondendo no lugar da Microsoft.

## CAA20002

code-caa20002-meaning = O serviço de login recusou a solicitação como inválida
code-caa20002-documented = "A solicitação não tem um parâmetro obrigatório, inclui um valor de parâmetro inválido, inclui um parâmetro mais de uma vez ou está malformada de outra forma."
code-caa20002-guidance-1 = O serviço de login da Microsoft respondeu ao Teams, mas recusou a solicitação como inválida. O artigo de suporte diz que isso quase sempre é causado por algo neste computador, e não por uma interrupção da Microsoft, e que normalmente você mesmo consegue resolver.
code-caa20002-guidance-2 = O artigo de suporte lista as causas prováveis nesta ordem: dados de login antigos no cache do Teams, uma VPN ou um proxy corporativo no caminho, TLS 1.2 desativado e data, hora ou fuso horário errados.
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = Comece pelo cache: você mantém um backup, então nada se perde. Quando o login em { $site } funciona, o artigo estima que limpar o cache resolve mais de 80% dos casos (é uma estimativa do artigo, não uma medição).
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = Teste rápido: entre em { $site } no seu navegador. Se funcionar, o problema provavelmente está no Teams ou no login do Windows deste computador: limpe primeiro o cache do Teams. Se também falhar lá, é mais provável que a causa seja a rede ou sua conta, e a equipe de TI pode ajudar.

## CAA20003

code-caa20003-meaning = Login recusado: a concessão de autorização falhou
# Why the plan puts its step first.
code-caa20003-plan = Para o erro CAA20003, a própria Microsoft recomenda verificar primeiro a data e a hora; até uma pequena diferença pode importar.
code-caa20003-documented = "Falha na concessão de autorização para esta asserção." A tabela do Teams da Microsoft acrescenta: verifique se a data e a hora estão configuradas corretamente.
code-caa20003-guidance-1 = A Microsoft não aceitou a prova de login que o Teams tinha salva (a concessão de autorização). A própria Microsoft recomenda verificar primeiro a data e a hora.
code-caa20003-guidance-2 = Verifique se a data, a hora e o fuso horário estão todos definidos automaticamente e depois reinicie o Teams. Mesmo alguns minutos de diferença podem importar. Um fuso horário errado importa quando o relógio foi depois ajustado manualmente para parecer certo.
code-caa20003-guidance-3 = Se a hora estiver certa: saia do Teams e entre novamente. Se você trocou sua senha recentemente, reinicie o computador antes. Se o erro continuar, limpe o cache do Teams.

## CAA20004

code-caa20004-meaning = Login negado, muitas vezes pelas regras da sua organização
# Why the plan puts its step first.
code-caa20004-plan = O erro CAA20004 significa que as regras de acesso da sua organização (Acesso Condicional) bloquearam o login, e só a equipe de TI pode alterá-las.
code-caa20004-documented = "O proprietário do recurso ou o servidor de autorização negou a solicitação." Tabela do Teams da Microsoft: entre em contato com o administrador de TI para verificar as políticas do Microsoft Entra ID.
code-caa20004-guidance-1 = O serviço de login negou este login. Normalmente, as regras de acesso da sua organização (Acesso Condicional) o bloquearam, por exemplo, por causa do dispositivo, da rede em que você está ou do aplicativo.
code-caa20004-guidance-2 = Você não pode alterar essas regras por conta própria, e limpar o cache não vai ajudar. Entre em contato com a equipe de TI.
code-caa20004-guidance-3 = Informe à equipe de TI: o código de erro CAA20004, a data e a hora em que aconteceu e se você estava em casa, no escritório ou em uma VPN. Com isso, ela pode procurar o login nos logs de entrada do Entra ID e ver qual regra o bloqueou.

## CAA2000B

code-caa2000b-meaning = O que o Teams solicitou não está configurado para sua conta
# Why the plan puts its step first.
code-caa2000b-plan = O erro CAA2000B significa que o que o Teams solicitou não está configurado ou não existe para sua conta ou organização; só a equipe de TI pode verificar isso, por exemplo, a licença do Teams.
code-caa2000b-documented = "O recurso é inválido devido ao estado da configuração ou por não existir."
code-caa2000b-guidance-1 = O serviço de login diz que o que o Teams solicitou é inválido: não está configurado, ou não existe, para sua conta ou organização. Os documentos públicos da Microsoft não dizem qual configuração; uma licença do Teams, ou o Teams desativado para você ou para sua organização, são coisas que a equipe de TI pode verificar.
code-caa2000b-guidance-2 = Só a equipe de TI pode corrigir isso; limpar o cache não vai ajudar.
code-caa2000b-guidance-3 = Informe à equipe de TI o código de erro CAA2000B e a conta com que você entra, e peça que verifiquem sua licença do Teams.

## CAA2000C

code-caa2000c-meaning = São necessárias mais etapas de login (por exemplo, MFA ou consentimento)
code-caa2000c-documented = "A solicitação requer interação do usuário."
code-caa2000c-guidance-1 = O Teams não conseguiu fazer seu login sem interação: a Microsoft quer que você faça algo primeiro, como aprovar uma solicitação de autenticação multifator, aceitar uma tela de consentimento ou digitar sua senha novamente.
code-caa2000c-guidance-2 = Saia do Teams, entre novamente e conclua todas as solicitações, inclusive a do seu celular. Se nenhuma solicitação aparecer, limpar o cache do Teams faz o Teams perguntar de novo desde o início.
code-caa2000c-guidance-3 = Se uma solicitação aparecer mas falhar, ou se você não conseguir concluí-la, informe à equipe de TI o código de erro CAA2000C.

## CAA301F7

code-caa301f7-meaning = O serviço está temporariamente sobrecarregado
# Why the plan puts its step first.
code-caa301f7-plan = O erro CAA301F7 significa que o serviço respondeu que está temporariamente sobrecarregado, o que aponta para o serviço, e não para este computador: limpar o cache não vai ajudar.
code-caa301f7-documented = "O serviço está temporariamente sobrecarregado."
code-caa301f7-guidance-1 = O serviço com o qual o Teams faz login respondeu que está temporariamente sobrecarregado (status HTTP 503). Isso aponta para o serviço, e não para este computador, então limpar o cache não vai ajudar.
code-caa301f7-guidance-2 = Consulte a página pública de status do Microsoft 365 para ver se há um problema atual, aguarde alguns minutos e entre novamente.
code-caa301f7-guidance-3 = Se continuar falhando enquanto a página de status não mostra nenhum problema, informe à equipe de TI o código de erro CAA301F7: um proxy corporativo pode dar a mesma resposta.

## CAA5004B

code-caa5004b-meaning = Não confirmado: provavelmente um problema no registro do dispositivo
# Why the plan puts its step first.
code-caa5004b-plan = O erro CAA5004B não aparece nos documentos públicos da Microsoft; sites de ajuda o associam ao registro deste computador na sua organização, que só a equipe de TI pode verificar.
code-caa5004b-guidance-1 = Não encontramos este código na documentação pública da Microsoft. Sites de ajuda o associam à falta de informações sobre este computador, geralmente porque ele não está (ou deixou de estar) registrado corretamente na sua organização; considere isso provável, não certo.
code-caa5004b-guidance-2 = Só a equipe de TI pode verificar isso; é pouco provável que limpar o cache ajude.
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = No Windows, a equipe de TI vai querer ver a saída do comando { $command }: abra o Prompt de Comando, digite o comando, pressione Enter e copie as seções "Device State" e "SSO State" para sua mensagem, junto com o código de erro CAA5004B.
code-caa5004b-guidance-4 = Em um Mac, informe à equipe de TI o código de erro e se o aplicativo Portal da Empresa mostra este Mac como registrado.

## CAA60007

code-caa60007-meaning = Não foi possível ler a resposta de login
code-caa60007-documented = "O texto JSON que está sendo analisado está malformado."
code-caa60007-guidance-1 = O Teams esperava uma resposta com dados do serviço de login da Microsoft e recebeu algo que não conseguiu ler.
code-caa60007-guidance-3 = Veja se alguma página da Web pede que você faça login na rede, desative a VPN e tente novamente. Se só falhar na rede da empresa, informe à equipe de TI o código de erro CAA60007.

## CAA70004

code-caa70004-meaning = Servidor ou proxy não encontrado
# Why the plan puts its step first.
code-caa70004-plan = O erro CAA70004 significa que o Teams não conseguiu encontrar o servidor ou o proxy que foi configurado para usar; o aplicativo Teams pode usar configurações de proxy diferentes das deste navegador.
code-caa70004-documented = "O servidor ou proxy não foi encontrado." A tabela do Teams da Microsoft acrescenta: geralmente é um proxy mal configurado ou um programa de monitoramento de rede, como o Fiddler, que não está configurado para descriptografar HTTPS.
code-caa70004-guidance-1 = O Teams não conseguiu encontrar o servidor, ou o proxy que foi configurado para usar.
code-caa70004-guidance-2 = Verifique se sua conexão com a Internet funciona, desative a VPN se você usar uma e tente novamente.
code-caa70004-guidance-3 = Se você estiver na rede da empresa, o proxy pode estar fora do ar ou configurado de forma diferente para o aplicativo Teams e para o navegador. A verificação de rede desta página mostra o que este navegador consegue acessar; envie à equipe de TI o relatório com o código de erro CAA70004.

## CAA70007

code-caa70007-meaning = A conexão foi interrompida
# Why the plan puts its step first.
code-caa70007-plan = O erro CAA70007 significa que a conexão caiu durante o login, o que aponta para uma conexão instável, uma VPN ou um firewall.
code-caa70007-documented = "Falha no download (a conexão foi interrompida)."
code-caa70007-guidance-1 = A conexão com a Microsoft caiu enquanto o Teams fazia seu login.
code-caa70007-guidance-2 = Verifique se você está conectado à Internet, desative a VPN se você usar uma e tente novamente; outra rede, como o hotspot do seu celular, é um bom teste.
code-caa70007-guidance-3 = Se continuar falhando na rede da empresa, informe à equipe de TI o código de erro CAA70007: um firewall ou outro programa pode estar cortando a conexão.

## CAA82EE2

code-caa82ee2-meaning = O tempo limite do login se esgotou
# Why the plan puts its step first.
code-caa82ee2-plan = O erro CAA82EE2 significa que o tempo limite do login se esgotou, o que aponta para uma conexão lenta ou bloqueada, uma VPN ou um firewall.
code-caa82ee2-documented = "O tempo limite da solicitação se esgotou."
code-caa82ee2-guidance-1 = O login demorou demais e foi cancelado. Isso geralmente indica uma conexão lenta ou bloqueada, uma VPN ou um firewall.
code-caa82ee2-guidance-2 = Tente outra rede, por exemplo, o hotspot do seu celular, ou desative a VPN, e entre novamente.
code-caa82ee2-guidance-3 = Se só falhar na rede da empresa, informe à equipe de TI o código de erro CAA82EE2: o firewall ou o proxy pode estar retendo o acesso aos servidores de login da Microsoft.

## CAA82EE7

code-caa82ee7-meaning = Não foi possível encontrar o nome do servidor
# Why the plan puts its step first.
code-caa82ee7-plan = Mesmo que a conexão funcione, uma VPN ou uma configuração de DNS da empresa ainda pode impedir que o Teams encontre os nomes dos servidores da Microsoft.
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = O erro CAA82EE7 significa que não foi possível encontrar o nome de um servidor, o que geralmente indica falta de conexão ou um problema de DNS.
code-caa82ee7-documented = "Não foi possível resolver o nome do servidor."
code-caa82ee7-guidance-1 = O computador não conseguiu encontrar os nomes dos servidores da Microsoft. Ele está sem conexão ou a consulta de nomes (DNS) não está funcionando.
code-caa82ee7-guidance-2 = Verifique se outros sites abrem. Desative a VPN (ou desative e ative de novo) ou reconecte-se ao Wi-Fi e tente novamente.
code-caa82ee7-guidance-3 = Se outros sites funcionarem, mas o erro continuar voltando, informe à equipe de TI o código de erro CAA82EE7.

## CAA82F05

code-caa82f05-meaning = A data do certificado do servidor parecia inválida
# Why the plan puts its step first.
code-caa82f05-plan = O erro CAA82F05 significa que um certificado parecia expirado ou ainda não válido, e uma data errada neste computador faz todos os certificados parecerem assim.
code-caa82f05-documented = "A data do certificado SSL recebido do servidor é inválida. O certificado expirou."
code-caa82f05-guidance-1 = O Teams considerou o certificado de segurança do servidor expirado ou ainda não válido. Uma data errada neste computador faz todos os certificados parecerem assim, então verifique primeiro o relógio.
code-caa82f05-guidance-2 = Defina a data, a hora e o fuso horário automaticamente, reinicie o Teams e entre novamente.
code-caa82f05-guidance-3 = Se o relógio estiver certo, algo na rede está apresentando um certificado fora da validade no lugar do da Microsoft: informe à equipe de TI o código de erro CAA82F05.

## CAA82F0D

code-caa82f0d-meaning = Certificado de uma autoridade desconhecida
code-caa82f0d-documented = "A função não reconhece a Autoridade de Certificação que gerou o certificado do servidor."
code-caa82f0d-guidance-1 = O certificado de segurança que o Teams recebeu para o servidor de login da Microsoft foi emitido por uma autoridade em que este computador não confia.

## CAA82F17

code-caa82f17-meaning = O certificado do servidor tem erros
code-caa82f17-documented = "O certificado SSL contém erros."
code-caa82f17-guidance-1 = O certificado de segurança que o Teams recebeu para o servidor de login da Microsoft tem erros.

## CAA82F7D

code-caa82f7d-meaning = Erro de conexão segura (TLS)
# Why the plan puts its step first.
code-caa82f7d-plan = O erro CAA82F7D significa que não foi possível estabelecer uma conexão segura, o que pode ser causado por um proxy ou firewall que inspeciona conexões criptografadas.
code-caa82f7d-documented = "Indica que ocorreu um erro relacionado a um canal seguro."
code-caa82f7d-guidance-1 = O Teams não conseguiu estabelecer uma conexão segura (TLS) com o servidor de login da Microsoft.
code-caa82f7d-guidance-2 = Nossa sugestão, não a redação da Microsoft: no Windows, verifique se o TLS 1.2 está ativado (a etapa de TLS desta página). Um proxy ou firewall que inspeciona conexões criptografadas também pode causar isso.
code-caa82f7d-guidance-3 = Tente outra rede, por exemplo, o hotspot do seu celular. Se o login funcionar lá, informe à equipe de TI o código de erro CAA82F7D.

## CAA82F86

code-caa82f86-meaning = O script de configuração do proxy (PAC) falhou
code-caa82f86-documented = "Ocorreu um erro ao executar o código de script no arquivo de Configuração Automática de Proxy (PAC)."
code-caa82f86-guidance-1 = O script que informa a este computador qual proxy usar (um arquivo PAC) tem um erro, então o Teams não conseguiu descobrir como chegar à Microsoft.
code-caa82f86-guidance-3 = Informe à equipe de TI o código de erro CAA82F86: o script de configuração automática do proxy precisa ser corrigido.

## CAA82F87

code-caa82f87-meaning = Não foi possível baixar o script de configuração do proxy (PAC)
code-caa82f87-documented = "Não é possível baixar o arquivo PAC."
code-caa82f87-guidance-1 = O computador não conseguiu baixar o script que informa qual proxy usar (um arquivo PAC), por exemplo, porque o servidor dele estava inacessível.
code-caa82f87-guidance-3 = Informe à equipe de TI o código de erro CAA82F87 e se você estava no escritório, em casa ou em uma VPN.

## CAA82F8F

code-caa82f8f-meaning = Erros no certificado do servidor
code-caa82f8f-documented = "Um ou mais erros foram encontrados no certificado SSL (Secure Sockets Layer) enviado pelo servidor."
code-caa82f8f-guidance-1 = O certificado de segurança que o Teams recebeu para o servidor de login da Microsoft não passou nas verificações.

## CAA82F92

code-caa82f92-meaning = Nenhum proxy foi encontrado para o endereço da Microsoft
code-caa82f92-documented = "Não é possível localizar um proxy para a URL especificada."
code-caa82f92-guidance-1 = A configuração automática do proxy não conseguiu indicar um proxy para o endereço de login da Microsoft.
code-caa82f92-guidance-3 = Informe à equipe de TI o código de erro CAA82F92: a configuração automática do proxy precisa ser verificada.

## CAA82F94

code-caa82f94-meaning = A detecção automática do proxy falhou
code-caa82f94-documented = "O WinHTTP não conseguiu descobrir a URL do arquivo de Configuração Automática de Proxy (PAC)."
code-caa82f94-guidance-1 = O Windows estava configurado para detectar o proxy automaticamente e não conseguiu encontrar o script de configuração do proxy (arquivo PAC).
code-caa82f94-guidance-3 = Informe à equipe de TI o código de erro CAA82F94: a detecção automática de proxy (WPAD) não está funcionando nesta rede.

## CAA90018

code-caa90018-meaning = Não foi possível encontrar o login da sua organização
code-caa90018-documented = "Não foi possível descobrir um realm do usuário."
code-caa90018-guidance-1 = O serviço de login não conseguiu identificar a qual organização a conta pertence, então não sabia para onde enviar você para fazer login.
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Saia do Teams e entre novamente com seu endereço corporativo completo ({ $example }), e não com uma conta Microsoft pessoal nem com a conta que você usa para entrar no Windows.
code-caa90018-guidance-3 = Se o endereço estiver certo e o erro continuar, informe à equipe de TI o código de erro CAA90018 e o endereço que você usou.

## CAA90019

code-caa90019-meaning = Resposta inesperada do servidor de login
code-caa90019-documented = "Resposta inesperada do servidor."
code-caa90019-guidance-1 = O Teams recebeu do servidor de login uma resposta que não esperava.
code-caa90019-guidance-3 = Veja se alguma página da Web pede que você faça login na rede, desative a VPN e tente novamente. Se só falhar na rede da empresa, informe à equipe de TI o código de erro CAA90019.

## 80090016

code-80090016-meaning = As chaves de login do chip de segurança (TPM) estão ausentes
# Why the plan puts its step first.
code-80090016-plan = O erro 80090016 significa que o Windows não encontrou as chaves de login no chip de segurança (TPM), o que a equipe de TI precisa analisar.
code-80090016-documented = "O conjunto de chaves não existe."
code-80090016-guidance-1 = O Windows não encontrou as chaves que protegem seu login no chip de segurança do computador (TPM). Sites de ajuda relatam isso, por exemplo, depois de uma atualização de firmware ou de uma redefinição do TPM.
code-80090016-guidance-2 = Reinicie o computador uma vez. Se o erro continuar, entre em contato com a equipe de TI; limpar o cache do Teams não vai ajudar.
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = Informe à equipe de TI o código de erro 80090016: geralmente é preciso verificar o registro do dispositivo ou o TPM. Também ajuda dizer o que a ferramenta do TPM mostra: pressione a tecla Windows + R, digite { $command }, pressione Enter e copie a linha abaixo de "Status".

## 80090030

code-80090030-meaning = O chip de segurança do computador (TPM) não está pronto
# Why the plan puts its step first.
code-80090030-plan = O erro 80090030 significa que o Windows não conseguiu usar o chip de segurança (TPM) que protege seu login, o que a equipe de TI precisa analisar.
code-80090030-documented = "O dispositivo exigido por este provedor de criptografia não está pronto para uso."
code-80090030-guidance-1 = O Windows não conseguiu usar o chip de segurança (TPM) que protege suas chaves de login, ou o chip não está pronto.
code-80090030-guidance-2 = Reinicie o computador uma vez: às vezes isso resolve. Se o erro continuar, entre em contato com a equipe de TI; limpar o cache não vai ajudar.
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = Informe à equipe de TI o código de erro 80090030. Também ajuda dizer o que a ferramenta do TPM mostra: pressione a tecla Windows + R, digite { $command }, pressione Enter e copie a linha abaixo de "Status".
