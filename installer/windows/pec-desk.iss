; PEC Desk for Windows: Inno Setup 6 script (issue 13 point 3). Built on Windows by
; `python installer\build.py --target windows`, which makes the bundle (build\dist\pec-desk) first;
; see installer\README.md. Installs per machine, pins the root key (it is part of the bundle:
; resources\trust\root.json, read-only to users under Program Files), registers the uninstaller and
; a Start menu entry, and turns AutoRun off for removable drives when the policy says so.
; Windows Error Reporting is told to leave both programs out (no dump, no report). The Start menu
; opens pec-desk-gui.exe (the same program without a console window). A development build says so
; in its name and in the Start menu. Uninstalling removes the program only: every user's data
; directory and keyring entry stay.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DisableAutoRun
  #define DisableAutoRun "1"
#endif
#ifndef BuildKind
  #define BuildKind "production"
#endif
#if BuildKind == "production"
  #define AppTitle "PEC Desk"
#else
  #define AppTitle "PEC Desk (development build)"
#endif

[Setup]
AppId={{6A7C2F4E-3B1D-4C55-9E0A-5D2B8F1C7A93}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppPublisher=PEC Desk team
DefaultDirName={autopf}\PEC Desk
DefaultGroupName=PEC Desk
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build
#if BuildKind == "production"
OutputBaseFilename=pec-desk-{#AppVersion}-setup
#else
OutputBaseFilename=pec-desk-{#AppVersion}-development-setup
#endif
Compression=lzma2
SolidCompression=yes
UninstallDisplayName={#AppTitle}
UninstallDisplayIcon={app}\pec-desk-gui.exe
DisableProgramGroupPage=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\build\dist\pec-desk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\{#AppTitle}"; Filename: "{app}\pec-desk-gui.exe"; Parameters: "gui"; WorkingDir: "{app}"
Name: "{autoprograms}\Uninstall {#AppTitle}"; Filename: "{uninstallexe}"

[Registry]
; AutoRun off for every drive type (NoDriveTypeAutoRun = 0xFF) and AutoPlay off, machine-wide,
; when the build's policy says so (DisableAutoRun=1); the values are removed on uninstall.
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\Policies\Explorer"; ValueType: dword; ValueName: "NoDriveTypeAutoRun"; ValueData: "$FF"; Flags: uninsdeletevalue; Check: PolicyDisablesAutoRun
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\Policies\Explorer"; ValueType: dword; ValueName: "NoAutorun"; ValueData: "1"; Flags: uninsdeletevalue; Check: PolicyDisablesAutoRun

; Windows Error Reporting keeps no dump of either program and sends nothing (machine-wide; the
; programs also ask for it at start, app/security/hardening.py).
Root: HKLM; Subkey: "Software\Microsoft\Windows\Windows Error Reporting\ExcludedApplications"; ValueType: dword; ValueName: "pec-desk.exe"; ValueData: "1"; Flags: uninsdeletevalue
Root: HKLM; Subkey: "Software\Microsoft\Windows\Windows Error Reporting\ExcludedApplications"; ValueType: dword; ValueName: "pec-desk-gui.exe"; ValueData: "1"; Flags: uninsdeletevalue
Root: HKLM; Subkey: "Software\Microsoft\Windows\Windows Error Reporting\ExcludedApplications"; ValueType: dword; ValueName: "pec-central.exe"; ValueData: "1"; Flags: uninsdeletevalue

[UninstallRun]
Filename: "{cmd}"; Parameters: "/c echo PEC Desk is removed. The data directories and keyring entries are left in place."; Flags: runhidden; RunOnceId: "SayDataKept"

[Code]
function PolicyDisablesAutoRun: Boolean;
begin
  Result := '{#DisableAutoRun}' = '1';
end;
