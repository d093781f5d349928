### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = Para el departamento de TI
for-it-summary = Crear un vínculo para los usuarios y ver la configuración en uso

for-it-link-title = Vínculo para un correo electrónico o un ticket
for-it-link-intro = Preselecciona para el usuario el idioma, el código de error, el sistema y el cliente de Teams. Un vínculo solo puede aportar estos valores; cualquier otra cosa se ignora y nunca se muestra.
for-it-language = Idioma
for-it-language-auto = Automático (el idioma del navegador del lector)
for-it-code = Código de error
for-it-code-none = (ninguno)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = Sistema operativo
for-it-os-detect = (detectar)
for-it-client = Cliente de Teams
for-it-client-ask = (preguntar)
for-it-copy-link = Copiar vínculo
for-it-link-copied = Vínculo copiado.
copy-blocked-link = El navegador bloqueó la copia: selecciona el vínculo y presiona Ctrl+C (⌘C en Mac).
for-it-config-title = Configuración en uso
# Variables:
#   $file (String) - config.json
for-it-config-intro = Procede de { $file }, junto a esta página, con los valores predeterminados integrados para todo lo que falte o no sea válido (consulta el aviso de la parte superior, si lo hay). Edita { $file } en el servidor; no hace falta volver a generar la página.
for-it-config-loading = (cargando todavía)

for-it-unattended-title = Script de corrección para Intune, Jamf u otras herramientas
for-it-unattended-intro = Las herramientas de administración ejecutan los scripts donde nadie puede responder a una pregunta. La variante desatendida no pregunta nada: hace lo que eligen los pasos de la sección del script de corrección. Escribe su registro en un archivo fijo e indica el resultado con su código de salida, con un código distinto cuando la nueva prueba todavía encontró problemas.
for-it-unattended-platforms = En Windows, si se inició en PowerShell de 32 bits, vuelve a iniciarse en PowerShell de 64 bits. En un Mac, ejecutado como root por Jamf, actúa solo para el usuario que tiene la sesión iniciada en la pantalla y no hace nada si no hay nadie.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = Con esta opción activada, la sección del script de corrección de arriba ofrece la variante desatendida para descargar. La guía de TI ({ $guide } en el código fuente de la página) describe la implementación paso a paso.
