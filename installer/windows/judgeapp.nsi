; JudgeApp for Windows: a per-user installer (no administrator rights).
;
;   makensis -DAPP_DIR=<dist\judgeapp> -DFILES=<files.nsh> -DUNFILES=<unfiles.nsh>
;            -DVERSION=<x.y.z> -DOUT=<JudgeApp-x.y.z-setup.exe> [-DICON=<judgeapp.ico>]
;            [-DFAST] judgeapp.nsi
;
; scripts/package-app writes files.nsh / unfiles.nsh from the one-folder build
; (one File line per file, one Delete per file, one RMDir per folder) and runs
; this. Installs into %LOCALAPPDATA%\Programs\JudgeApp, adds a Start-menu
; entry and an entry in Settings > Apps. The uninstaller removes exactly the
; files this installer wrote and folders left empty: workspaces (in
; %LOCALAPPDATA%\JudgeApp, or wherever the user keeps them) and anything else
; the user put beside the app are never deleted.
Unicode true
!ifndef APP_DIR | FILES | UNFILES | VERSION | OUT
  !error "define APP_DIR, FILES, UNFILES, VERSION and OUT (see the head of this file)"
!endif

!define APP "JudgeApp"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define APP_KEY "Software\${APP}"

Name "${APP} ${VERSION}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
!ifdef FAST
  SetCompress off ; a quick compile that only checks the script
!else
  SetCompressor /SOLID lzma
!endif

!include "MUI2.nsh"
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_FINISHPAGE_RUN "$INSTDIR\judgeapp.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

; File types the app opens (HKCU: per user). Used for the app's own
; extensions only, never for .zip or .json.
!macro Associate EXT PROGID DESCRIPTION
  WriteRegStr HKCU "Software\Classes\${EXT}" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "${DESCRIPTION}"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\judgeapp.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\judgeapp.exe" --open "%1"'
!macroend
!macro Unassociate EXT PROGID
  ReadRegStr $0 HKCU "Software\Classes\${EXT}" ""
  StrCmp $0 "${PROGID}" 0 +2
  DeleteRegKey HKCU "Software\Classes\${EXT}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
!macroend

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "JudgeApp" SecApp
  SectionIn RO
  ; An older version here: let its own uninstaller remove its files first
  ; (it too removes only what it installed).
  IfFileExists "$INSTDIR\uninstall.exe" 0 fresh
    ExecWait '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR'
    Delete "$INSTDIR\uninstall.exe"
  fresh:
  SetOutPath "$INSTDIR"
  !include "${FILES}"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\judgeapp.exe" "" "$INSTDIR\judgeapp.exe" 0
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\judgeapp.exe,0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
!ifdef ASSOCIATE_BUNDLE
  !insertmacro Associate ".judgeapp-bundle" "JudgeApp.Bundle" "JudgeApp judge bundle"
!endif
SectionEnd

Section "Uninstall"
  !include "${UNFILES}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only when empty
  Delete "$SMPROGRAMS\${APP}.lnk"
!ifdef ASSOCIATE_BUNDLE
  !insertmacro Unassociate ".judgeapp-bundle" "JudgeApp.Bundle"
!endif
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd
