; Inno Setup 6 script: a Windows installer for the one-folder bundle.
;
;   1. On Windows, build the bundle:  py -3.12 -m venv .venv
;                                     .venv\Scripts\pip install -e ".[build]"
;                                     .venv\Scripts\pyinstaller build.spec --noconfirm
;   2. Check it:                      dist\vokasi-desktop\vokasi-desktop-cli.exe --self-test
;   3. Compile this script:           "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\vokasi-desktop.iss
;      -> dist\vokasi-desktop-setup-<version>.exe
;
; Written without a Windows machine at hand: it uses only documented Inno Setup 6 directives
; and has not been compiled yet. It installs program files only; the database, keys, backups
; and logs live in the user's data folder (%LOCALAPPDATA%\vokasi-desktop) and are neither
; created nor removed by the installer (an uninstall keeps a branch's data).

#define AppName "Vokasi Desktop"
#define AppVersion GetEnv("VOKASI_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2B7E-3C4D-4B8A-9E21-5A7D0C9B4F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=BPJS Ketenagakerjaan
DefaultDirName={autopf}\Vokasi Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=vokasi-desktop-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
UninstallDisplayIcon={app}\vokasi-desktop.exe

[Languages]
; Inno Setup ships no Indonesian translation of its own screens; the unofficial
; Indonesian.isl (jrsoftware.org/files/istrans/) can be put beside this script and added as
;   Name: "indonesian"; MessagesFile: "Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\vokasi-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\vokasi-desktop.exe"
Name: "{group}\Uji mandiri {#AppName}"; Filename: "{cmd}"; Parameters: "/k ""{app}\vokasi-desktop-cli.exe"" --self-test"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\vokasi-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\vokasi-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
