; Inno Setup script for Netzplaner (Inno Setup 6.3 or newer): a per-user install, no administrator rights.
;
;   pyinstaller netzplaner.spec --noconfirm        (builds dist\Netzplaner first)
;   iscc installer\netzplaner.iss                  (writes dist\Netzplaner-Setup-VERSION.exe)
;
; The version is read from the built Netzplaner.exe, whose version resource netzplaner.spec generates from
; netzplaner.__version__, so the version lives in one place. Setup speaks German and English. It installs to
; %LOCALAPPDATA%\Programs\Netzplaner, adds a Start menu entry and opens .netzplan files with Netzplaner (for this
; user, HKCU\Software\Classes). Uninstalling leaves the user's documents, settings and working copies alone.

#define AppName "Netzplaner"
#define AppExe "Netzplaner.exe"
#define BuildDir AddBackslash(SourcePath) + "..\dist\Netzplaner"
#define AppVersion GetStringFileInfo(BuildDir + "\" + AppExe, "ProductVersion")
#if AppVersion == ""
  #error dist\Netzplaner\Netzplaner.exe not found or without version: run "pyinstaller netzplaner.spec" first
#endif
#define ProgId "Netzplaner.Document"

[Setup]
AppId={{757DA0C5-03E6-47FE-884A-E33262651775}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Netzplaner
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\resources\netzplaner.ico
UninstallDisplayIcon={app}\{#AppExe}
LicenseFile=..\LICENSE
OutputDir=..\dist
OutputBaseFilename=Netzplaner-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.DocumentType=Netzplaner-Dokument
en.DocumentType=Netzplaner document
de.AssociateFiles=.netzplan-Dateien mit Netzplaner öffnen
en.AssociateFiles=Open .netzplan files with Netzplaner
de.DemoEntry=Netzplaner (Demo-Netzwerk)
en.DemoEntry=Netzplaner (demo network)

[Tasks]
Name: "associate"; Description: "{cm:AssociateFiles}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:DemoEntry}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU\Software\Classes for a per-user install (HKLM only if an administrator chose "for all users")
Root: HKA; Subkey: "Software\Classes\.netzplan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.netzplan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DocumentType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".netzplan"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
