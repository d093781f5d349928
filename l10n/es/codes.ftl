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
codes-source-note = Nombre que Microsoft da a { $code }: { $constant }: { $wording } Fuente: { $sources }.
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }; también { $second }
# Variables:
#   $code (String) - the error code
codes-not-sure = Sin confirmar: no encontramos { $code } en la documentación pública de Microsoft, así que el significado de arriba es nuestra mejor interpretación, no un hecho.
codes-source-web-provider-errors = Microsoft Learn: propiedad WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Soporte técnico de Microsoft: ¿Por qué tengo problemas para iniciar sesión en Microsoft Teams?
codes-source-com-security-errors = Microsoft Learn: Códigos de error COM (seguridad e instalación)

## Paragraphs several codes share

code-shared-tls-inspection = Es nuestra interpretación, no la redacción de Microsoft: en una red de empresa, una causa probable es un proxy o un firewall que inspecciona las conexiones cifradas con su propio certificado, en el que el inicio de sesión de Teams no confía. Fuera de la red de la empresa, la página de acceso de la red Wi-Fi de un hotel o de invitados puede provocar lo mismo.
code-shared-tls-inspection-try = Prueba con otra red, por ejemplo, el punto de acceso Wi-Fi de tu teléfono. Si allí puedes iniciar sesión, comunica el código de error al departamento de TI: puede excluir las direcciones de inicio de sesión de Microsoft de la inspección TLS. La comprobación que hace esta página en el navegador no puede ver los certificados, así que puede mostrar todo como accesible.
code-shared-pac-try = Solo el departamento de TI puede corregir la configuración del proxy. Mientras tanto, iniciar sesión desde otra red (por ejemplo, el punto de acceso Wi-Fi de tu teléfono, con la VPN desactivada) suele funcionar.
code-shared-proxy-answered = Es nuestra interpretación, no la redacción de Microsoft: esto suele significar que respondió algo distinto de Microsoft, como la página de inicio de sesión o de bloqueo de un proxy, o la página de acceso de la red Wi-Fi de un hotel o de invitados.

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = Este error de certificado suele significar que un proxy o un firewall inspecciona las conexiones cifradas, o que hay de por medio una página de acceso de una red Wi-Fi de invitados; probar otra red permite saber cuál de las dos es.
code-shared-plan-proxy-setup = Este error significa que falló la configuración automática del proxy, así que Teams no sabe cómo llegar a Microsoft; otra red o el departamento de TI pueden sortearlo.
code-shared-plan-unusable-answer = Este error significa que Teams recibió una respuesta que no pudo usar, a menudo la propia página de un proxy o de una red Wi-Fi de invitados que responde en lugar de Microsoft.

## CAA20002

code-caa20002-meaning = El servicio de inicio de sesión rechazó la solicitud por no ser válida
code-caa20002-documented = "A la solicitud le falta un parámetro obligatorio, incluye un valor de parámetro no válido, incluye un parámetro más de una vez o tiene algún otro formato incorrecto."
code-caa20002-guidance-1 = El servicio de inicio de sesión de Microsoft respondió a Teams, pero rechazó su solicitud por no ser válida. El artículo de soporte indica que casi siempre se debe a algo de este equipo, no a una interrupción de Microsoft, y que normalmente puedes solucionarlo tú.
code-caa20002-guidance-2 = El artículo de soporte enumera las causas probables en este orden: datos de inicio de sesión antiguos en la caché de Teams, una VPN o un proxy de empresa de por medio, TLS 1.2 desactivado y una fecha, hora o zona horaria incorrecta.
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = Empieza por la caché: se guarda una copia de seguridad, así que no se pierde nada. Cuando el inicio de sesión en { $site } funciona, el artículo calcula que borrar la caché soluciona más del 80 % de los casos (es su estimación, no una medición).
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = Prueba rápida: inicia sesión en { $site } en tu navegador. Si funciona, lo más probable es que el problema esté en Teams o en el inicio de sesión de Windows de este equipo: borra primero la caché de Teams. Si también falla ahí, es más probable que la causa sea la red o tu cuenta, y el departamento de TI puede ayudarte.

## CAA20003

code-caa20003-meaning = Inicio de sesión rechazado: error en la concesión de autorización
# Why the plan puts its step first.
code-caa20003-plan = Para el error CAA20003, Microsoft recomienda comprobar primero la fecha y la hora; incluso una pequeña diferencia puede influir.
code-caa20003-documented = "Error en la concesión de autorización para esta aserción." La tabla de Teams de Microsoft añade: asegúrate de que la fecha y la hora estén configuradas correctamente.
code-caa20003-guidance-1 = Microsoft no aceptó la prueba de inicio de sesión que Teams tenía guardada (la concesión de autorización). Microsoft recomienda comprobar primero la fecha y la hora.
code-caa20003-guidance-2 = Asegúrate de que la fecha, la hora y la zona horaria se configuran automáticamente y después reinicia Teams. Incluso unos minutos de diferencia pueden influir. Una zona horaria incorrecta importa cuando después se ajustó el reloj a mano para que pareciera correcto.
code-caa20003-guidance-3 = Si la hora es correcta: cierra sesión en Teams y vuelve a iniciarla. Si cambiaste la contraseña hace poco, reinicia antes el equipo. Si el error persiste, borra la caché de Teams.

## CAA20004

code-caa20004-meaning = Inicio de sesión denegado, a menudo por las reglas de tu organización
# Why the plan puts its step first.
code-caa20004-plan = El error CAA20004 significa que las reglas de acceso de tu organización (acceso condicional) bloquearon el inicio de sesión, y solo el departamento de TI puede cambiarlas.
code-caa20004-documented = "El propietario del recurso o el servidor de autorización denegó la solicitud." Tabla de Teams de Microsoft: ponte en contacto con tu administrador de TI para que revise las directivas de Microsoft Entra ID.
code-caa20004-guidance-1 = El servicio de inicio de sesión denegó este inicio de sesión. Normalmente lo bloquearon las reglas de acceso de tu organización (acceso condicional), por ejemplo, por el dispositivo, por la red a la que estás conectado o por la aplicación.
code-caa20004-guidance-2 = No puedes cambiar estas reglas por tu cuenta, y borrar la caché no servirá de nada. Ponte en contacto con el departamento de TI.
code-caa20004-guidance-3 = Comunica al departamento de TI el código de error CAA20004, la fecha y la hora en que ocurrió, y si estabas en casa, en la oficina o conectado a una VPN. Con eso pueden buscar el inicio de sesión en los registros de inicio de sesión de Entra ID y ver qué regla lo bloqueó.

## CAA2000B

code-caa2000b-meaning = Lo que Teams solicitó no está configurado para tu cuenta
# Why the plan puts its step first.
code-caa2000b-plan = El error CAA2000B significa que lo que Teams solicitó no está configurado o no existe para tu cuenta u organización; solo el departamento de TI puede comprobarlo, por ejemplo, la licencia de Teams.
code-caa2000b-documented = "El recurso no es válido debido a su estado de configuración o a que no existe."
code-caa2000b-guidance-1 = El servicio de inicio de sesión indica que lo que Teams solicitó no es válido: no está configurado, o no existe, para tu cuenta u organización. Los documentos públicos de Microsoft no dicen de qué configuración se trata; una licencia de Teams, o que Teams esté desactivado para ti o para tu organización, son cosas que el departamento de TI puede comprobar.
code-caa2000b-guidance-2 = Solo el departamento de TI puede solucionarlo; borrar la caché no servirá de nada.
code-caa2000b-guidance-3 = Comunica al departamento de TI el código de error CAA2000B y la cuenta con la que inicias sesión, y pide que comprueben tu licencia de Teams.

## CAA2000C

code-caa2000c-meaning = Se necesitan más pasos de inicio de sesión (por ejemplo, MFA o consentimiento)
code-caa2000c-documented = "La solicitud requiere interacción del usuario."
code-caa2000c-guidance-1 = Teams no pudo iniciar tu sesión sin intervención: Microsoft quiere que hagas algo primero, como aprobar una solicitud de autenticación multifactor, aceptar una pantalla de consentimiento o volver a escribir tu contraseña.
code-caa2000c-guidance-2 = Cierra sesión en Teams, vuelve a iniciarla y completa todas las solicitudes, incluida la de tu teléfono. Si no aparece ninguna solicitud, borrar la caché de Teams hace que Teams vuelva a preguntar desde el principio.
code-caa2000c-guidance-3 = Si aparece una solicitud pero falla, o no puedes completarla, comunica al departamento de TI el código de error CAA2000C.

## CAA301F7

code-caa301f7-meaning = El servicio está sobrecargado temporalmente
# Why the plan puts its step first.
code-caa301f7-plan = El error CAA301F7 significa que el servicio respondió que está sobrecargado temporalmente, lo que apunta al servicio y no a este equipo: borrar la caché no servirá de nada.
code-caa301f7-documented = "El servicio está sobrecargado temporalmente."
code-caa301f7-guidance-1 = El servicio con el que Teams inicia sesión respondió que está sobrecargado temporalmente (estado HTTP 503). Esto apunta al servicio, no a este equipo, así que borrar la caché no servirá de nada.
code-caa301f7-guidance-2 = Consulta la página de estado pública de Microsoft 365 por si hay un problema actual, espera unos minutos y vuelve a iniciar sesión.
code-caa301f7-guidance-3 = Si sigue fallando mientras la página de estado no muestra ningún problema, comunica al departamento de TI el código de error CAA301F7: un proxy de empresa puede dar la misma respuesta.

## CAA5004B

code-caa5004b-meaning = Sin confirmar: probablemente un problema con el registro del dispositivo
# Why the plan puts its step first.
code-caa5004b-plan = El error CAA5004B no aparece en los documentos públicos de Microsoft; los sitios de ayuda lo relacionan con el registro de este equipo en tu organización, que solo el departamento de TI puede comprobar.
code-caa5004b-guidance-1 = No encontramos este código en la documentación pública de Microsoft. Los sitios de ayuda lo relacionan con información que falta sobre este equipo, normalmente porque no está registrado correctamente en tu organización (o ya no lo está); considéralo probable, no seguro.
code-caa5004b-guidance-2 = Solo el departamento de TI puede comprobarlo; es poco probable que borrar la caché sirva de algo.
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = En Windows, el departamento de TI querrá ver la salida del comando { $command }: abre el Símbolo del sistema, escríbelo, presiona Entrar y copia las secciones "Device State" y "SSO State" en tu mensaje, junto con el código de error CAA5004B.
code-caa5004b-guidance-4 = En un Mac, comunica al departamento de TI el código de error y si la aplicación Portal de empresa muestra este Mac como registrado.

## CAA60007

code-caa60007-meaning = No se pudo leer la respuesta de inicio de sesión
code-caa60007-documented = "El texto JSON que se está analizando tiene un formato incorrecto."
code-caa60007-guidance-1 = Teams esperaba una respuesta con datos del servicio de inicio de sesión de Microsoft y recibió algo que no pudo leer.
code-caa60007-guidance-3 = Comprueba si alguna página web te pide iniciar sesión en la red, desactiva la VPN y vuelve a intentarlo. Si solo falla en la red de la empresa, comunica al departamento de TI el código de error CAA60007.

## CAA70004

code-caa70004-meaning = No se encontró el servidor o el proxy
# Why the plan puts its step first.
code-caa70004-plan = El error CAA70004 significa que Teams no pudo encontrar el servidor o el proxy que tenía configurado; la aplicación Teams puede usar una configuración de proxy distinta de la de este navegador.
code-caa70004-documented = "No se encontró el servidor o el proxy." La tabla de Teams de Microsoft añade: normalmente se debe a un proxy mal configurado o a un programa de análisis de red, como Fiddler, que no está configurado para descifrar HTTPS.
code-caa70004-guidance-1 = Teams no pudo encontrar el servidor, o el proxy que tenía configurado.
code-caa70004-guidance-2 = Comprueba que tu conexión a Internet funciona, desactiva la VPN si usas una y vuelve a intentarlo.
code-caa70004-guidance-3 = Si estás en la red de la empresa, puede que el proxy no funcione o que esté configurado de forma distinta para la aplicación Teams que para tu navegador. La comprobación de red de esta página muestra a qué puede acceder este navegador; envía al departamento de TI el informe con el código de error CAA70004.

## CAA70007

code-caa70007-meaning = Se interrumpió la conexión
# Why the plan puts its step first.
code-caa70007-plan = El error CAA70007 significa que la conexión se cortó durante el inicio de sesión, lo que apunta a una conexión inestable, una VPN o un firewall.
code-caa70007-documented = "Error en la descarga (se interrumpió la conexión)."
code-caa70007-guidance-1 = La conexión con Microsoft se cortó mientras Teams iniciaba tu sesión.
code-caa70007-guidance-2 = Asegúrate de tener conexión a Internet, desactiva la VPN si usas una y vuelve a intentarlo; otra red, como el punto de acceso Wi-Fi de tu teléfono, es una buena prueba.
code-caa70007-guidance-3 = Si sigue fallando en la red de la empresa, comunica al departamento de TI el código de error CAA70007: puede que un firewall u otro programa esté cortando la conexión.

## CAA82EE2

code-caa82ee2-meaning = Se agotó el tiempo de espera del inicio de sesión
# Why the plan puts its step first.
code-caa82ee2-plan = El error CAA82EE2 significa que se agotó el tiempo de espera del inicio de sesión, lo que apunta a una conexión lenta o bloqueada, una VPN o un firewall.
code-caa82ee2-documented = "Se agotó el tiempo de espera de la solicitud."
code-caa82ee2-guidance-1 = El inicio de sesión tardó demasiado y se canceló. Normalmente se debe a una conexión lenta o bloqueada, una VPN o un firewall.
code-caa82ee2-guidance-2 = Prueba con otra red, por ejemplo, el punto de acceso Wi-Fi de tu teléfono, o desactiva la VPN, y vuelve a iniciar sesión.
code-caa82ee2-guidance-3 = Si solo falla en la red de la empresa, comunica al departamento de TI el código de error CAA82EE2: puede que el firewall o el proxy estén frenando el acceso a los servidores de inicio de sesión de Microsoft.

## CAA82EE7

code-caa82ee7-meaning = No se pudo encontrar el nombre del servidor
# Why the plan puts its step first.
code-caa82ee7-plan = Aunque la conexión funcione, una VPN o una configuración de DNS de la empresa pueden impedir que Teams encuentre los nombres de los servidores de Microsoft.
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = El error CAA82EE7 significa que no se pudo encontrar el nombre de un servidor, lo que suele indicar que no hay conexión o que hay un problema de DNS.
code-caa82ee7-documented = "No se pudo resolver el nombre del servidor."
code-caa82ee7-guidance-1 = El equipo no pudo encontrar los nombres de los servidores de Microsoft. No tiene conexión o la búsqueda de nombres (DNS) no funciona.
code-caa82ee7-guidance-2 = Comprueba que se abren otros sitios web. Desactiva la VPN (o desactívala y vuelve a activarla), o vuelve a conectarte a la red Wi-Fi, y después vuelve a intentarlo.
code-caa82ee7-guidance-3 = Si otros sitios web funcionan pero el error sigue apareciendo, comunica al departamento de TI el código de error CAA82EE7.

## CAA82F05

code-caa82f05-meaning = La fecha del certificado del servidor parecía no válida
# Why the plan puts its step first.
code-caa82f05-plan = El error CAA82F05 significa que un certificado parecía expirado o todavía no válido, y una fecha incorrecta en este equipo hace que todos los certificados lo parezcan.
code-caa82f05-documented = "La fecha del certificado SSL recibido del servidor no es correcta. El certificado ha expirado."
code-caa82f05-guidance-1 = Teams consideró que el certificado de seguridad del servidor había expirado o aún no era válido. Una fecha incorrecta en este equipo hace que todos los certificados lo parezcan, así que comprueba primero el reloj.
code-caa82f05-guidance-2 = Configura automáticamente la fecha, la hora y la zona horaria, reinicia Teams y vuelve a iniciar sesión.
code-caa82f05-guidance-3 = Si el reloj es correcto, algo en la red está presentando un certificado fuera de plazo en lugar del de Microsoft: comunica al departamento de TI el código de error CAA82F05.

## CAA82F0D

code-caa82f0d-meaning = Certificado de una entidad desconocida
code-caa82f0d-documented = "La función no reconoce la entidad de certificación que generó el certificado del servidor."
code-caa82f0d-guidance-1 = El certificado de seguridad que Teams recibió para el servidor de inicio de sesión de Microsoft lo emitió una entidad en la que este equipo no confía.

## CAA82F17

code-caa82f17-meaning = El certificado del servidor tiene errores
code-caa82f17-documented = "El certificado SSL contiene errores."
code-caa82f17-guidance-1 = El certificado de seguridad que Teams recibió para el servidor de inicio de sesión de Microsoft tiene errores.

## CAA82F7D

code-caa82f7d-meaning = Error de conexión segura (TLS)
# Why the plan puts its step first.
code-caa82f7d-plan = El error CAA82F7D significa que no se pudo establecer una conexión segura, algo que puede provocar un proxy o un firewall que inspecciona las conexiones cifradas.
code-caa82f7d-documented = "Indica que se produjo un error relacionado con un canal seguro."
code-caa82f7d-guidance-1 = Teams no pudo establecer una conexión segura (TLS) con el servidor de inicio de sesión de Microsoft.
code-caa82f7d-guidance-2 = Es nuestra sugerencia, no la redacción de Microsoft: en Windows, comprueba que TLS 1.2 esté activado (el paso de TLS de esta página). Un proxy o un firewall que inspecciona las conexiones cifradas también puede provocarlo.
code-caa82f7d-guidance-3 = Prueba con otra red, por ejemplo, el punto de acceso Wi-Fi de tu teléfono. Si allí puedes iniciar sesión, comunica al departamento de TI el código de error CAA82F7D.

## CAA82F86

code-caa82f86-meaning = Error en el script de configuración del proxy (PAC)
code-caa82f86-documented = "Se produjo un error al ejecutar el código de script del archivo de configuración automática de proxy (PAC)."
code-caa82f86-guidance-1 = El script que indica a este equipo qué proxy usar (un archivo PAC) tiene un error, así que Teams no pudo averiguar cómo llegar a Microsoft.
code-caa82f86-guidance-3 = Comunica al departamento de TI el código de error CAA82F86: hay que corregir el script de configuración automática del proxy.

## CAA82F87

code-caa82f87-meaning = No se pudo descargar el script de configuración del proxy (PAC)
code-caa82f87-documented = "No se puede descargar el archivo PAC."
code-caa82f87-guidance-1 = El equipo no pudo descargar el script que le indica qué proxy usar (un archivo PAC), por ejemplo, porque no se pudo acceder a su servidor.
code-caa82f87-guidance-3 = Comunica al departamento de TI el código de error CAA82F87 y si estabas en la oficina, en casa o conectado a una VPN.

## CAA82F8F

code-caa82f8f-meaning = Errores en el certificado del servidor
code-caa82f8f-documented = "Se encontraron uno o varios errores en el certificado de Capa de sockets seguros (SSL) enviado por el servidor."
code-caa82f8f-guidance-1 = El certificado de seguridad que Teams recibió para el servidor de inicio de sesión de Microsoft no superó las comprobaciones.

## CAA82F92

code-caa82f92-meaning = No se encontró ningún proxy para la dirección de Microsoft
code-caa82f92-documented = "No se puede encontrar un proxy para la dirección URL especificada."
code-caa82f92-guidance-1 = La configuración automática del proxy no pudo indicar ningún proxy para la dirección de inicio de sesión de Microsoft.
code-caa82f92-guidance-3 = Comunica al departamento de TI el código de error CAA82F92: hay que revisar la configuración automática del proxy.

## CAA82F94

code-caa82f94-meaning = Error en la detección automática del proxy
code-caa82f94-documented = "WinHTTP no pudo detectar la dirección URL del archivo de configuración automática de proxy (PAC)."
code-caa82f94-guidance-1 = Windows estaba configurado para detectar el proxy automáticamente y no pudo encontrar el script de configuración del proxy (archivo PAC).
code-caa82f94-guidance-3 = Comunica al departamento de TI el código de error CAA82F94: la detección automática del proxy (WPAD) no funciona en esta red.

## CAA90018

code-caa90018-meaning = No se encontró el inicio de sesión de tu organización
code-caa90018-documented = "No se pudo detectar un dominio (realm) de usuario."
code-caa90018-guidance-1 = El servicio de inicio de sesión no pudo determinar a qué organización pertenece la cuenta, así que no sabía adónde enviarte para iniciar sesión.
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Cierra sesión en Teams y vuelve a iniciarla con tu dirección profesional completa ({ $example }), no con una cuenta Microsoft personal ni con la cuenta que usas para iniciar sesión en Windows.
code-caa90018-guidance-3 = Si la dirección es correcta y el error persiste, comunica al departamento de TI el código de error CAA90018 y la dirección que usaste.

## CAA90019

code-caa90019-meaning = Respuesta inesperada del servidor de inicio de sesión
code-caa90019-documented = "Respuesta inesperada del servidor."
code-caa90019-guidance-1 = Teams recibió del servidor de inicio de sesión una respuesta que no esperaba.
code-caa90019-guidance-3 = Comprueba si alguna página web te pide iniciar sesión en la red, desactiva la VPN y vuelve a intentarlo. Si solo falla en la red de la empresa, comunica al departamento de TI el código de error CAA90019.

## 80090016

code-80090016-meaning = Faltan las claves de inicio de sesión del chip de seguridad (TPM)
# Why the plan puts its step first.
code-80090016-plan = El error 80090016 significa que Windows no encontró las claves de inicio de sesión en el chip de seguridad (TPM), algo que debe revisar el departamento de TI.
code-80090016-documented = "El conjunto de claves no existe."
code-80090016-guidance-1 = Windows no encontró las claves que protegen tu inicio de sesión en el chip de seguridad del equipo (TPM). Según los sitios de ayuda, ocurre por ejemplo después de una actualización del firmware o de un restablecimiento del TPM.
code-80090016-guidance-2 = Reinicia el equipo una vez. Si el error persiste, ponte en contacto con el departamento de TI; borrar la caché de Teams no servirá de nada.
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = Comunica al departamento de TI el código de error 80090016: normalmente hay que revisar el registro del dispositivo o el TPM. También ayuda indicar lo que muestra la herramienta del TPM: presiona la tecla Windows + R, escribe { $command }, presiona Entrar y copia la línea que aparece bajo "Estado".

## 80090030

code-80090030-meaning = El chip de seguridad del equipo (TPM) no está listo
# Why the plan puts its step first.
code-80090030-plan = El error 80090030 significa que Windows no pudo usar el chip de seguridad (TPM) que protege tu inicio de sesión, algo que debe revisar el departamento de TI.
code-80090030-documented = "El dispositivo que requiere este proveedor criptográfico no está listo para usarse."
code-80090030-guidance-1 = Windows no pudo usar el chip de seguridad (TPM) que protege tus claves de inicio de sesión, o el chip no está listo.
code-80090030-guidance-2 = Reinicia el equipo una vez: a veces eso lo soluciona. Si el error persiste, ponte en contacto con el departamento de TI; borrar la caché no servirá de nada.
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = Comunica al departamento de TI el código de error 80090030. También ayuda indicar lo que muestra la herramienta del TPM: presiona la tecla Windows + R, escribe { $command }, presiona Entrar y copia la línea que aparece bajo "Estado".
