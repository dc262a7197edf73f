; NSIS script: per-user installer for EHBC Desktop (no administrator rights needed).
;
; Compiled by installer/build.sh (makensis from Debian's `nsis` package works on Linux):
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist/EHBC-Desktop -DICON=build/icons/app.ico \
;            -DLICENSE_FILE=LICENSE -DOUTFILE=dist/EHBC-Desktop-Setup-0.1.0.exe installer/ehbc-desktop.nsi
;
; The program goes to %LOCALAPPDATA%\Programs\EHBC Desktop. The vault and the settings live
; elsewhere (%LOCALAPPDATA%\EHBC Desktop, chosen by the program itself), so an upgrade replaces
; the program files only and the uninstaller never touches a vault. Silent use: /S, and /D=DIR
; (last argument) for another folder.

Unicode true
Target amd64-unicode
RequestExecutionLevel user
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined (makensis -DVERSION=...)"
!endif
!ifndef BUNDLE
  !error "BUNDLE is not defined (the PyInstaller folder dist/EHBC-Desktop)"
!endif
!ifndef LICENSE_FILE
  !define LICENSE_FILE "..\LICENSE"
!endif
!ifndef OUTFILE
  !define OUTFILE "EHBC-Desktop-Setup-${VERSION}.exe"
!endif

!define APP_NAME "EHBC Desktop"
!define APP_EXE "EHBC-Desktop.exe"
!define APP_KEY "Software\EHBC Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\EHBC Desktop"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1043 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1043 "FileDescription" "${APP_NAME} installatie"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "EUPL-1.2"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

; The first language is the default: Dutch, as the program itself.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

LangString SHORTCUT_COMMENT ${LANG_DUTCH} "Dossiers over pesten en cyberpesten op school"
LangString SHORTCUT_COMMENT ${LANG_ENGLISH} "Case files on bullying and cyberbullying at school"
LangString VAULT_KEPT ${LANG_DUTCH} "Je dossiers (de kluis) blijven bewaard in $LOCALAPPDATA\${APP_NAME}. Verwijder die map zelf als je ze echt niet meer nodig hebt; maak eerst een back-up."
LangString VAULT_KEPT ${LANG_ENGLISH} "Your case files (the vault) are kept in $LOCALAPPDATA\${APP_NAME}. Delete that folder yourself only if you really no longer need them; make a backup first."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Upgrade in place: drop the previous program files (never data) so no stale module stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\ehbc.exe"
  File /r "${BUNDLE}\*"
  File "/oname=LICENSE.txt" "${LICENSE_FILE}"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" \
    "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "$(SHORTCUT_COMMENT)"

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer put here. The vault lives in $LOCALAPPDATA\${APP_NAME} (or, for a
  ; portable copy, in EHBC-data next to the program) and is never removed.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\ehbc.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  DetailPrint "$(VAULT_KEPT)"
  IfSilent +2
    MessageBox MB_ICONINFORMATION|MB_OK "$(VAULT_KEPT)"
SectionEnd
