"""The built-in demo network: pure data, written into a document by ``services/demo.py``.

Everything here is FICTIONAL: firms, institutions, people, web domains (the reserved ``.example`` top-level
domain) and phone numbers (the ``555`` ranges). Only cities, regions and countries are real.

Conventions
- Texts a user reads come as pairs ``(Deutsch, English)``. Names of firms, places and people are not translated.
- Partners are referred to by a short key (``"guss"``), never by id; the writer hands out the ids.
- Every date is an offset in days from the demo's "as of" day (by default the day the demo is written;
  negative = in the past). So the demo stays fresh: an overdue action stays overdue, an assessment made
  "long ago" stays long ago, whatever year it is. ``Y`` (a year in days) keeps long offsets readable.
- Assessment scores are six characters in the order of ``Criterion``: openness, trust, knowledge sharing,
  clear goals, commitment, mutual benefit; ``1``-``5`` is a score, ``-`` means "not assessed".
- Dimensions are letters: ``R`` regional, ``T`` thematic (fachlich), ``I`` international.
"""

from __future__ import annotations

from typing import NamedTuple

Text = tuple[str, str]  # (Deutsch, English)
Y = 365  # days per year, for readable offsets

TITLE: Text = ("Netzwerk Eyachtal Präzisionsmaschinen", "Eyachtal Präzisionsmaschinen network")
OWN_FIRM = "eyachtal"
DIMENSIONS = {"R": "regional", "T": "thematic", "I": "international"}


class PartnerRow(NamedTuple):
    key: str
    name: str
    kind: str  # a PartnerKind value
    dims: str  # letters of DIMENSIONS
    city: str
    country: str  # ISO 3166 alpha-2
    region: str
    industry: str  # key of INDUSTRIES
    domain: str  # fictional web domain: website https://www.<domain>, e-mail addresses <local>@<domain>
    tags: tuple[str, ...]  # keys of TAGS
    notes: Text
    archived: bool = False


class ContactRow(NamedTuple):
    partner: str
    name: str
    role: str  # key of ROLES
    email: str  # local part; the partner's domain follows the @
    phone: str
    notes: Text = ("", "")


class AssessmentRow(NamedTuple):
    on: int  # day offset
    scores: str  # six characters, see the module docstring
    comment: Text = ("", "")


class RelationshipRow(NamedTuple):
    source: str
    target: str
    kind: str  # a RelationshipKind value
    strength: int
    since: int  # day offset
    notes: Text = ("", "")
    assessments: tuple[AssessmentRow, ...] = ()


class GoalRow(NamedTuple):
    key: str
    title: Text
    description: Text
    benefit: str  # a Benefit value
    dimension: str | None  # letter of DIMENSIONS or None
    owner: str  # key of OWNERS
    priority: str
    status: str  # a GoalStatus value
    target: int  # day offset of the target date
    kpi_name: Text
    kpi_unit: Text
    kpi_baseline: float | None
    kpi_target: float | None
    kpi_current: float | None
    partners: tuple[str, ...]


class ActionRow(NamedTuple):
    goal: str
    title: Text
    owner: str  # key of OWNERS
    start: int
    due: int
    status: str  # an ActionStatus value
    priority: str
    effort_days: float | None = None
    cost_eur: float | None = None
    partner: str | None = None
    completed: int | None = None  # day offset, for done actions
    notes: Text = ("", "")


A = AssessmentRow
NO_TEXT: Text = ("", "")

# -- shared vocabularies of the demo ------------------------------------------------------------------------

INDUSTRIES: dict[str, Text] = {
    "mb": ("Maschinenbau", "Mechanical engineering"),
    "guss": ("Gießerei", "Foundry"),
    "haerten": ("Wärmebehandlung", "Heat treatment"),
    "blech": ("Blechbearbeitung", "Sheet metal processing"),
    "elektro": ("Elektro- und Steuerungstechnik", "Electrical and control engineering"),
    "logistik": ("Logistik", "Logistics"),
    "it": ("IT-Dienstleistungen", "IT services"),
    "mess": ("Mess- und Prüftechnik", "Metrology and testing"),
    "medtech": ("Medizintechnik", "Medical technology"),
    "antrieb": ("Antriebstechnik", "Drive technology"),
    "werkzeug": ("Werkzeugbau", "Toolmaking"),
    "bildung": ("Bildung und Forschung", "Education and research"),
    "forschung": ("Angewandte Forschung", "Applied research"),
    "wirtschaft": ("Wirtschaftsförderung", "Economic development"),
    "verband": ("Interessenvertretung", "Industry representation"),
    "software": ("Industriesoftware", "Industrial software"),
    "luftfahrt": ("Luft- und Raumfahrt", "Aerospace"),
    "beratung": ("Unternehmensberatung", "Management consulting"),
    "lager": ("Wälzlager", "Rolling bearings"),
    "linear": ("Lineartechnik", "Linear motion technology"),
    "handel": ("Handel mit Werkzeugmaschinen", "Machine tool distribution"),
    "automation": ("Automatisierungstechnik", "Automation engineering"),
    "uhren": ("Uhren- und Mikrotechnik", "Watch and micro engineering"),
    "personal": ("Personalgewinnung", "Recruiting"),
    "werkzeuge": ("Zerspanungswerkzeuge", "Cutting tools"),
}

TAGS: dict[str, Text] = {
    "kritisch": ("kritischer Lieferant", "critical supplier"),
    "single": ("Single Source", "single source"),
    "zweitquelle": ("Zweitquelle", "second source"),
    "ausbildung": ("Ausbildung", "training"),
    "i40": ("Industrie 4.0", "Industry 4.0"),
    "am": ("Additive Fertigung", "additive manufacturing"),
    "nachhaltig": ("Nachhaltigkeit", "sustainability"),
    "export": ("Export", "export"),
    "schluessel": ("Schlüsselkunde", "key account"),
    "foerder": ("Fördermittel", "funding"),
    "forschung": ("Forschung", "research"),
    "leichtbau": ("Leichtbau", "lightweight design"),
    "service": ("Service", "service"),
    "fachkraefte": ("Fachkräfte", "skilled workers"),
    "china": ("China-Beschaffung", "China sourcing"),
    "energie": ("Energie", "energy"),
    "messe": ("Messe", "trade fair"),
    "digital": ("Digitalisierung", "digitalisation"),
}

# people in the own firm who own goals and actions
OWNERS: dict[str, Text] = {
    "gf": ("M. Eberle (GF)", "M. Eberle (MD)"),
    "einkauf": ("J. Ostertag (Leitung Einkauf)", "J. Ostertag (Head of Purchasing)"),
    "entwicklung": ("Dr. L. Behrens (Entwicklung)", "Dr. L. Behrens (R&D)"),
    "vertrieb": ("T. Yıldız (Vertrieb)", "T. Yıldız (Sales)"),
    "personal": ("A. Schairer (Personal)", "A. Schairer (HR)"),
    "produktion": ("K. Nägele (Produktion)", "K. Nägele (Production)"),
    "qm": ("S. Wiedmann (Qualität)", "S. Wiedmann (Quality)"),
}

ROLES: dict[str, Text] = {
    "gf_m": ("Geschäftsführer", "Managing Director"),
    "gf_w": ("Geschäftsführerin", "Managing Director"),
    "vl_m": ("Vertriebsleiter", "Head of Sales"),
    "vl_w": ("Vertriebsleiterin", "Head of Sales"),
    "kam": ("Key-Account-Manager", "Key Account Manager"),
    "ek_m": ("Leiter Einkauf", "Head of Purchasing"),
    "ek_w": ("Leiterin Einkauf", "Head of Purchasing"),
    "qm": ("Qualitätsmanagement", "Quality Management"),
    "tl": ("Technischer Leiter", "Technical Director"),
    "prof_m": ("Professor für Fertigungstechnik", "Professor of Manufacturing Engineering"),
    "prof_w": ("Professorin für Werkstofftechnik", "Professor of Materials Engineering"),
    "transfer": ("Technologietransfer", "Technology Transfer"),
    "inst": ("Institutsleiter", "Head of Institute"),
    "pl_w": ("Projektleiterin", "Project Manager"),
    "pl_m": ("Projektleiter", "Project Manager"),
    "ausb": ("Ausbildungsberaterin", "Apprenticeship Adviser"),
    "aw": ("Referent Außenwirtschaft", "Foreign Trade Adviser"),
    "cm": ("Clustermanagerin", "Cluster Manager"),
    "gs": ("Geschäftsstellenleiter", "Head of Office"),
    "dispo": ("Disposition", "Dispatch"),
    "service": ("Servicetechniker", "Service Engineer"),
    "sl": ("Schulleiterin", "Head of School"),
    "abt": ("Abteilungsleiter Metalltechnik", "Head of Metal Technology"),
    "foerd": ("Förderreferentin", "Funding Officer"),
    "berat": ("Beraterin Energieeffizienz", "Energy Efficiency Consultant"),
    "export": ("Exportleiter", "Export Manager"),
    "sales_eu": ("Vertrieb Europa", "Sales Europe"),
    "wf": ("Wirtschaftsförderer", "Economic Development Officer"),
    "betreuer": ("Kundenbetreuer", "Account Manager"),
    "koord": ("Netzwerkkoordinatorin", "Network Coordinator"),
    "ceo": ("Geschäftsführer (CEO)", "Chief Executive Officer"),
    "einkaeuferin": ("Einkäuferin", "Buyer"),
    "lab": ("Laborleiter", "Head of Laboratory"),
}

ZAK = "Zollernalbkreis, Baden-Württemberg"
TUT = "Landkreis Tuttlingen, Baden-Württemberg"
NAB = "Neckar-Alb, Baden-Württemberg"
STR = "Region Stuttgart, Baden-Württemberg"

# -- partners -----------------------------------------------------------------------------------------------

P = PartnerRow
PARTNERS: tuple[PartnerRow, ...] = (
    P("eyachtal", "Eyachtal Präzisionsmaschinen GmbH", "company", "R", "Balingen", "DE", ZAK, "mb",
      "eyachtal-praezision.example", (),
      ("Eigene Firma. Familienunternehmen in dritter Generation, 240 Mitarbeitende; baut CNC-Schleifmaschinen "
       "und Bearbeitungszentren der Baureihe KPM für Medizintechnik, Antriebstechnik und Luftfahrt.",
       "Own firm. Third-generation family business with 240 employees; builds CNC grinding machines and KPM "
       "series machining centres for medical technology, drive technology and aerospace.")),
    # regional
    P("hzt", "Hochschule Zollernalb für Technik", "university", "RT", "Albstadt", "DE", ZAK, "bildung",
      "hs-zollernalb-technik.example", ("ausbildung", "forschung"),
      ("Duales Studium Maschinenbau, Labor für Schleiftechnik; wichtigste Quelle für Ingenieurnachwuchs.",
       "Dual-study mechanical engineering, grinding technology lab; our main source of young engineers.")),
    P("ihk", "IHK Neckar-Alb-Süd", "chamber", "R", "Reutlingen", "DE", NAB, "wirtschaft",
      "ihk-neckar-alb-sued.example", ("ausbildung", "export"),
      ("Ausbildungsprüfungen, Außenwirtschaftsberatung, Exportdokumente.",
       "Apprenticeship exams, foreign trade advice, export documents.")),
    P("hwk", "Handwerkskammer Zollern-Donau", "chamber", "R", "Sigmaringen", "DE", ZAK, "wirtschaft",
      "hwk-zollern-donau.example", ("ausbildung",),
      ("Überbetriebliche Lehrgänge für Metallbauer; selten genutzt.",
       "Inter-company courses for metal workers; rarely used.")),
    P("cluster_alb", "Präzisionscluster Schwäbische Alb e.V.", "cluster", "RT", "Tuttlingen", "DE", TUT, "verband",
      "praezisionscluster-alb.example", ("i40", "messe"),
      ("Rund 90 Mitglieder aus Medizintechnik und Maschinenbau; Arbeitskreise, Gemeinschaftsstände.",
       "About 90 members from medical technology and machine building; working groups, joint fair stands.")),
    P("guss", "Gießerei Talheimer & Renz GmbH", "supplier", "R", "Trossingen", "DE", TUT, "guss",
      "talheimer-renz-guss.example", ("kritisch",),
      ("Maschinenbetten aus Grauguss für die kleinen Baureihen; kurze Wege, flexibel bei Eilaufträgen.",
       "Grey-iron machine beds for the small series; short distance, flexible with rush orders.")),
    P("haerterei", "Härterei Eyachtal GmbH", "supplier", "R", "Haigerloch", "DE", ZAK, "haerten",
      "haerterei-eyachtal.example", ("kritisch", "single"),
      ("Einziger Härtedienstleister für Spindelwellen; Kapazität knapp.",
       "Only hardening service for spindle shafts; capacity is tight.")),
    P("blech", "Blechform Killertal KG", "supplier", "R", "Hechingen", "DE", ZAK, "blech",
      "blechform-killertal.example", (),
      ("Verkleidungen und Schutzhauben.", "Machine enclosures and guards.")),
    P("schaltschrank", "Steuerungsbau Wendlinger GmbH", "supplier", "RT", "Albstadt", "DE", ZAK, "elektro",
      "wendlinger-steuerungsbau.example", ("digital",),
      ("Schaltschränke und Verdrahtung; baut Kompetenz in OPC UA auf.",
       "Control cabinets and wiring; building up OPC UA know-how.")),
    P("spedition", "Spedition Schmiechtal Logistik GmbH", "service_provider", "R", "Albstadt", "DE", ZAK, "logistik",
      "schmiechtal-logistik.example", (),
      ("Schwertransporte und Seefracht-Vorlauf nach Hamburg.", "Heavy haulage and pre-carriage to Hamburg.")),
    P("it", "Systemhaus Zollernblick GmbH", "service_provider", "R", "Balingen", "DE", ZAK, "it",
      "zollernblick-it.example", ("digital",),
      ("ERP-Betreuung und IT-Sicherheit.", "ERP support and IT security.")),
    P("pruef", "Prüflabor Alb-Messtechnik GmbH", "service_provider", "RT", "Meßstetten", "DE", ZAK, "mess",
      "alb-messtechnik.example", (),
      ("Gemeinsam genutzter Klimamessraum; Abnahmemessungen für Medizintechnik-Kunden.",
       "Shared climate-controlled measuring room; acceptance measurements for medical customers.")),
    P("donautal", "Chirurgiewerk Donautal GmbH", "customer", "R", "Tuttlingen", "DE", TUT, "medtech",
      "chirurgiewerk-donautal.example", ("schluessel",),
      ("Größter Kunde (rund 18 % Umsatz); Schleifzentren für chirurgische Instrumente.",
       "Largest customer (about 18 % of turnover); grinding centres for surgical instruments.")),
    P("neckarblick", "Antriebstechnik Neckarblick GmbH", "customer", "R", "Rottweil", "DE", "Landkreis Rottweil, "
      "Baden-Württemberg", "antrieb", "neckarblick-antriebe.example", (),
      ("Wellenschleifmaschinen für Getriebefertigung.", "Shaft grinding machines for gearbox production.")),
    P("heuberg", "Werkzeugbau Heuberg GmbH", "company", "R", "Balingen", "DE", ZAK, "werkzeug",
      "werkzeugbau-heuberg.example", ("ausbildung",),
      ("Nachbarfirma im Gewerbegebiet; gemeinsame Ausbildungswerkstatt seit Kurzem.",
       "Neighbouring firm on the industrial estate; recently a shared training workshop.")),
    P("standort", "Standortagentur Zollern-Alb", "public_body", "R", "Balingen", "DE", ZAK, "wirtschaft",
      "standort-zollern-alb.example", ("foerder",),
      ("Wirtschaftsförderung des Landkreises; Flächen, Breitband, Kontakte.",
       "The district's economic development agency; land, broadband, contacts.")),
    P("bsz", "Berufliches Schulzentrum Eyachtal", "other", "R", "Balingen", "DE", ZAK, "bildung",
      "bsz-eyachtal.example", ("ausbildung", "fachkraefte"),
      ("Berufsschule für unsere Industriemechaniker und Zerspaner.",
       "Vocational school of our industrial mechanics and machinists.")),
    P("albjobs", "AlbTalente Fachkräfteportal", "platform", "R", "Albstadt", "DE", ZAK, "personal",
      "albtalente.example", ("fachkraefte",),
      ("Regionales Stellenportal; bisher wenig Bewerbungen darüber.",
       "Regional job portal; few applications through it so far.")),
    # thematic
    P("verband", "Fachverband Präzisionsmaschinenbau Süd e.V.", "association", "T", "Stuttgart", "DE", STR, "verband",
      "fpm-sued.example", ("messe",),
      ("Branchenverband; Konjunkturdaten, Normungsarbeit, Messebeteiligungen.",
       "Industry association; business-cycle data, standards work, trade fairs.")),
    P("ak_i40", "Arbeitskreis Industrie 4.0 Mittelstand Südwest", "platform", "T", "Stuttgart", "DE", STR, "verband",
      "ak-i40-suedwest.example", ("i40", "digital"),
      ("Quartalstreffen von rund 30 Mittelständlern zu Digitalisierung der Fertigung.",
       "Quarterly meetings of about 30 SMEs on digital manufacturing.")),
    P("fsfe", "Forschungsinstitut für Spanende Fertigung Esslingen", "research_institute", "T",
      "Esslingen am Neckar", "DE", STR, "forschung", "fsfe-esslingen.example", ("forschung", "i40"),
      ("Partner für Prozesssimulation und digitalen Zwilling des Schleifprozesses.",
       "Partner for process simulation and the digital twin of the grinding process.")),
    P("iamf", "Institut für Additive Metallfertigung Chemnitz", "research_institute", "T", "Chemnitz", "DE",
      "Sachsen", "forschung", "iamf-chemnitz.example", ("am", "forschung"),
      ("Neuer Kontakt von einer Tagung; Laserstrahlschmelzen von Werkzeugstahl.",
       "New contact from a conference; laser powder-bed fusion of tool steel.")),
    P("thnf", "Technische Hochschule Neckar-Fils", "university", "T", "Göppingen", "DE", STR, "bildung",
      "th-neckar-fils.example", ("forschung",),
      ("Lehrstuhl Zustandsüberwachung; Abschlussarbeiten bei uns.",
       "Chair of condition monitoring; theses written with us.")),
    P("leichtbau", "Technologienetzwerk Leichtbau Südwest e.V.", "cluster", "T", "Stuttgart", "DE", STR, "verband",
      "leichtbau-suedwest.example", ("leichtbau", "am"),
      ("Mitgliedschaft bisher passiv.", "Membership passive so far.")),
    P("klimafabrik", "Initiative Klimaneutrale Fabrik e.V.", "association", "T", "Freiburg im Breisgau", "DE",
      "Südlicher Oberrhein, Baden-Württemberg", "verband", "klimaneutrale-fabrik.example",
      ("nachhaltig", "energie"),
      ("Leitfäden und Erfahrungsaustausch zu CO₂-Bilanzen.", "Guides and peer exchange on carbon accounting.")),
    P("spanfluss", "Spanfluss Software GmbH", "service_provider", "T", "Karlsruhe", "DE",
      "Mittlerer Oberrhein, Baden-Württemberg", "software", "spanfluss-software.example", ("digital", "i40"),
      ("MES- und Maschinendaten-Plattform; Pilot mit der KPM 600.",
       "MES and machine data platform; pilot with the KPM 600.")),
    P("weserland", "Weserland Aerotechnik GmbH", "customer", "T", "Bremen", "DE", "Bremen", "luftfahrt",
      "weserland-aerotechnik.example", ("schluessel",),
      ("Luftfahrtzulieferer; verlangt lückenlose Prozessdokumentation.",
       "Aerospace supplier; requires complete process documentation.")),
    P("foerder", "Landesagentur für Innovationsförderung Südwest", "public_body", "TR", "Stuttgart", "DE", STR,
      "wirtschaft", "innovationsfoerderung-suedwest.example", ("foerder",),
      ("Förderprogramme für Verbundprojekte mit Forschungseinrichtungen.",
       "Funding programmes for joint projects with research institutions.")),
    P("hartmetall", "Hartmetallwerkzeuge Kolbinger GmbH", "supplier", "T", "Kempten (Allgäu)", "DE", "Bayern",
      "werkzeuge", "kolbinger-hartmetall.example", (),
      ("Sonderwerkzeuge und Schleifscheiben-Abrichter.", "Special tools and grinding-wheel dressers.")),
    P("lean", "Hagenloch Beratung für Lean & Energie GmbH", "service_provider", "T", "Tübingen", "DE", NAB,
      "beratung", "hagenloch-beratung.example", ("energie",),
      ("Hat das Energieaudit gemacht; pragmatisch.", "Carried out our energy audit; pragmatic.")),
    # international
    P("qiaolan", "Ningbo Qiaolan Precision Casting Co., Ltd.", "supplier", "I", "Ningbo", "CN", "Zhejiang",
      "guss", "qiaolan-casting.example", ("kritisch", "china"),
      ("Gussbetten der großen Baureihe; 9 Wochen Seefracht.",
       "Machine beds for the large series; nine weeks by sea.")),
    P("ruixin", "Suzhou Ruixin Linear Motion Technology Co., Ltd.", "supplier", "I", "Suzhou", "CN", "Jiangsu",
      "linear", "ruixin-linear.example", ("kritisch", "single", "china"),
      ("Linearführungen und Kugelgewindetriebe; keine Zweitquelle.",
       "Linear guides and ball screws; no second source.")),
    P("jiamu", "Shenzhen Jiamu Servo Electronics Co., Ltd.", "supplier", "I", "Shenzhen", "CN", "Guangdong",
      "elektro", "jiamu-servo.example", ("kritisch", "china"),
      ("Servoverstärker; zuletzt Firmware-Reklamationen.", "Servo amplifiers; recent firmware complaints.")),
    P("yunbo", "Changzhou Yunbo Bearing Co., Ltd.", "supplier", "I", "Changzhou", "CN", "Jiangsu", "lager",
      "yunbo-bearing.example", ("china",),
      ("Spindellager der Standardbaugrößen.", "Spindle bearings in standard sizes.")),
    P("precyzja", "Precyzja-Odlew Wrocław Sp. z o.o.", "supplier", "I", "Wrocław", "PL", "Dolnośląskie", "guss",
      "precyzja-odlew.example", ("zweitquelle",),
      ("Aufbau als europäische Zweitquelle für Gussbetten; Erstmuster in Prüfung.",
       "Being built up as European second source for machine beds; first samples under test.")),
    P("kovotech", "Kovotechnika Lipno s.r.o.", "supplier", "I", "České Budějovice", "CZ", "Jihočeský kraj",
      "blech", "kovotechnika-lipno.example", ("zweitquelle",),
      ("Schweißbaugruppen; Audit bestanden.", "Welded assemblies; passed our audit.")),
    P("arnoux", "Mécanique Vosgienne Arnoux SAS", "customer", "I", "Épinal", "FR", "Grand Est", "antrieb",
      "mecanique-arnoux.example", ("export",),
      ("Langjähriger Kunde, bestellt alle zwei bis drei Jahre.",
       "Long-standing customer, orders every two to three years.")),
    P("jurafeld", "Jurafeld Microtechnique SA", "customer", "I", "La Chaux-de-Fonds", "CH", "Neuchâtel", "uhren",
      "jurafeld-micro.example", ("export", "schluessel"),
      ("Präzisionsschleifen von Uhrenkomponenten; sehr anspruchsvoll, sehr treu.",
       "Precision grinding of watch components; very demanding, very loyal.")),
    P("innviertel", "Maschinenservice Innviertel GmbH", "service_provider", "I", "Ried im Innkreis", "AT",
      "Oberösterreich", "mb", "maschinenservice-innviertel.example", ("service",),
      ("Servicepartner für Österreich; Techniker von uns geschult.",
       "Service partner for Austria; technicians trained by us.")),
    P("brianza", "Automazione Brianzola S.r.l.", "company", "IT", "Monza", "IT", "Lombardia", "automation",
      "automazione-brianzola.example", ("i40",),
      ("Beladeroboter für unsere Zellen; gemeinsame Angebote in Norditalien.",
       "Loading robots for our cells; joint offers in northern Italy.")),
    P("cuyahoga", "Cuyahoga Motion Systems Inc.", "customer", "I", "Cleveland", "US", "Ohio", "antrieb",
      "cuyahoga-motion.example", ("export",),
      ("Zwei Maschinen installiert; wünscht Service vor Ort.", "Two machines installed; wants local service.")),
    P("vyom", "Vyom Machine Tools Distribution Pvt. Ltd.", "company", "I", "Pune", "IN", "Maharashtra", "handel",
      "vyom-machinetools.example", ("export",),
      ("Neuer Vertriebspartner für Indien.", "New sales partner for India.")),
    P("ahk_in", "Indo-Deutsche Handelsvereinigung Westindien", "chamber", "I", "Mumbai", "IN", "Maharashtra",
      "wirtschaft", "indo-deutsche-hv.example", ("export",),
      ("Marktstudien, Partnersuche, Delegationsreisen.", "Market studies, partner search, trade missions.")),
    P("epf", "European Precision Manufacturing Platform", "platform", "IT", "Bruxelles", "BE",
      "Bruxelles-Capitale", "verband", "epmp.example", ("zweitquelle",),
      ("Europäische Plattform mit Lieferantendatenbank und Projektausschreibungen.",
       "European platform with a supplier database and project calls.")),
    P("ctau", "Centre Technique Alpin de l'Usinage", "research_institute", "IT", "Annecy", "FR",
      "Auvergne-Rhône-Alpes", "forschung", "ctau-annecy.example", ("am", "forschung"),
      ("Französisches Technikzentrum für Zerspanung; Interesse an gemeinsamen EU-Projekten.",
       "French technical centre for machining; interested in joint EU projects.")),
    P("dcmv", "Deutsch-Chinesischer Mittelstandskreis Shanghai e.V.", "association", "I", "Shanghai", "CN",
      "Shanghai", "verband", "dcmk-shanghai.example", ("china",),
      ("Mitgliedschaft aus der Zeit des Einkaufsbüros; kaum noch Kontakt.",
       "Membership from the days of our sourcing office; hardly any contact now.")),
    P("albtrauf", "Gießerei Albtrauf GmbH", "supplier", "R", "Balingen", "DE", ZAK, "guss",
      "giesserei-albtrauf.example", (),
      ("Archiviert: hat den Betrieb eingestellt; Gussbetten seither aus Ningbo.",
       "Archived: closed down; machine beds have come from Ningbo since."), archived=True),
)

# -- contacts -----------------------------------------------------------------------------------------------

C = ContactRow
CONTACTS: tuple[ContactRow, ...] = (
    C("eyachtal", "Martina Eberle", "gf_w", "m.eberle", "+49 7433 555-100"),
    C("hzt", "Prof. Dr. Ulrike Sautter", "prof_w", "sautter", "+49 7431 555-210",
      ("Betreut unsere dual Studierenden.", "Supervises our dual-study students.")),
    C("hzt", "Felix Gramlich", "transfer", "gramlich", "+49 7431 555-215"),
    C("ihk", "Birgit Maichle", "ausb", "maichle", "+49 7121 555-301"),
    C("ihk", "Stefan Ruoff", "aw", "ruoff", "+49 7121 555-318"),
    C("hwk", "Ralf Dieterle", "gs", "dieterle", "+49 7571 555-120"),
    C("cluster_alb", "Dr. Carmen Haug", "cm", "haug", "+49 7461 555-400"),
    C("cluster_alb", "Oliver Kienzler", "pl_m", "kienzler", "+49 7461 555-404"),
    C("guss", "Werner Renz", "gf_m", "w.renz", "+49 7425 555-10"),
    C("guss", "Sandra Talheimer", "vl_w", "s.talheimer", "+49 7425 555-12"),
    C("haerterei", "Dieter Bitzer", "gf_m", "bitzer", "+49 7474 555-230"),
    C("haerterei", "Nadine Eppler", "qm", "eppler", "+49 7474 555-234"),
    C("blech", "Thomas Killinger", "vl_m", "killinger", "+49 7471 555-80"),
    C("schaltschrank", "Bernd Wendlinger", "gf_m", "b.wendlinger", "+49 7431 555-660"),
    C("schaltschrank", "Lena Wendlinger", "pl_w", "l.wendlinger", "+49 7431 555-661",
      ("Treibt das OPC-UA-Thema.", "Drives the OPC UA topic.")),
    C("spedition", "Heike Straub", "dispo", "dispo", "+49 7431 555-900"),
    C("it", "Marco Sayer", "betreuer", "sayer", "+49 7433 555-770"),
    C("pruef", "Andreas Heinzelmann", "lab", "heinzelmann", "+49 7431 555-345"),
    C("donautal", "Dr. Klaus Storz-Bühler", "tl", "storz-buehler", "+49 7461 555-700"),
    C("donautal", "Petra Hengstler", "ek_w", "hengstler", "+49 7461 555-712"),
    C("donautal", "Mehmet Aksoy", "qm", "aksoy", "+49 7461 555-718"),
    C("neckarblick", "Jürgen Haller", "ek_m", "haller", "+49 741 555-2201"),
    C("heuberg", "Sabine Schlotterbeck", "gf_w", "schlotterbeck", "+49 7433 555-510"),
    C("standort", "Daniel Vosseler", "wf", "vosseler", "+49 7433 555-920"),
    C("bsz", "Gudrun Ehinger", "sl", "ehinger", "+49 7433 555-600"),
    C("bsz", "Harald Beck-Straub", "abt", "beck-straub", "+49 7433 555-612"),
    C("albjobs", "Jana Buckenmaier", "koord", "buckenmaier", "+49 7431 555-830"),
    C("verband", "Dr. Rainer Kächele", "gs", "kaechele", "+49 711 555-4100"),
    C("ak_i40", "Christine Mühlhäuser", "koord", "muehlhaeuser", "+49 711 555-4380"),
    C("fsfe", "Prof. Dr. Matthias Zeeb", "inst", "zeeb", "+49 711 555-3900"),
    C("fsfe", "Dr. Anja Rominger", "pl_w", "rominger", "+49 711 555-3915"),
    C("iamf", "Dr. Tobias Gränitz", "pl_m", "graenitz", "+49 371 555-2870"),
    C("thnf", "Prof. Dr. Holger Wöhrle", "prof_m", "woehrle", "+49 7161 555-330"),
    C("leichtbau", "Kathrin Sprissler", "cm", "sprissler", "+49 711 555-4620"),
    C("klimafabrik", "Miriam Oberle", "koord", "oberle", "+49 761 555-1770"),
    C("spanfluss", "Florian Dettling", "ceo", "dettling", "+49 721 555-6100"),
    C("spanfluss", "Sarah Nüßle", "pl_w", "nuessle", "+49 721 555-6120"),
    C("weserland", "Henrik Bruns", "ek_m", "bruns", "+49 421 555-3300"),
    C("weserland", "Imke Dierksen", "qm", "dierksen", "+49 421 555-3340"),
    C("foerder", "Dr. Elke Speidel", "foerd", "speidel", "+49 711 555-8850"),
    C("hartmetall", "Georg Kolbinger", "gf_m", "kolbinger", "+49 831 555-410"),
    C("lean", "Veronika Hagenloch", "berat", "hagenloch", "+49 7071 555-260"),
    C("qiaolan", "Chen Weiling", "sales_eu", "chen.weiling", "+86 574 5550 1180",
      ("Spricht Deutsch; erreichbar vormittags deutscher Zeit.", "Speaks German; reachable in the German morning.")),
    C("qiaolan", "Zhao Mingyu", "qm", "zhao.mingyu", "+86 574 5550 1186"),
    C("ruixin", "Lin Haoran", "export", "lin.haoran", "+86 512 5550 7720"),
    C("jiamu", "Huang Xiaoting", "sales_eu", "huang.xt", "+86 755 5550 3391"),
    C("jiamu", "Wu Jianfeng", "tl", "wu.jf", "+86 755 5550 3302"),
    C("yunbo", "Sun Peiyu", "export", "sun.peiyu", "+86 519 5550 6604"),
    C("precyzja", "Katarzyna Wróblewska", "vl_w", "k.wroblewska", "+48 71 555 20 40"),
    C("precyzja", "Tomasz Zieliński-Ptak", "qm", "t.zielinski", "+48 71 555 20 47"),
    C("kovotech", "Pavel Dvořáček", "gf_m", "dvoracek", "+420 38 555 1290"),
    C("arnoux", "Sébastien Arnoux", "ceo", "s.arnoux", "+33 3 29 55 51 20"),
    C("jurafeld", "Nathalie Perrenoud", "ek_w", "perrenoud", "+41 32 555 18 60"),
    C("jurafeld", "Luc Vuilleumier", "tl", "vuilleumier", "+41 32 555 18 71"),
    C("innviertel", "Christoph Hinterberger", "service", "hinterberger", "+43 7752 555 390"),
    C("brianza", "Giulia Brambillasca", "vl_w", "g.brambillasca", "+39 039 555 7130"),
    C("brianza", "Paolo Redaelli-Conti", "tl", "p.redaelli", "+39 039 555 7136"),
    C("cuyahoga", "Rachel Dombrowski", "ek_w", "rdombrowski", "+1 216 555 0148"),
    C("vyom", "Arvind Deshpande", "ceo", "arvind", "+91 20 5550 4471"),
    C("vyom", "Sneha Kulkarni-Rao", "kam", "sneha", "+91 20 5550 4478"),
    C("ahk_in", "Meera Joglekar", "koord", "m.joglekar", "+91 22 5550 8812"),
    C("epf", "Ines Vandenbroucke", "koord", "ines.v", "+32 2 555 61 30"),
    C("ctau", "Dr. Élodie Mercier-Favre", "pl_w", "e.mercier", "+33 4 50 55 52 80"),
)

# -- relationships and their assessments (the own firm first, then partners among themselves) ----------------

R = RelationshipRow
K = OWN_FIRM
RELATIONSHIPS: tuple[RelationshipRow, ...] = (
    R(K, "hzt", "research_project", 4, -9 * Y, ("Labor für Schleiftechnik, zwei Verbundprojekte.",
                                                 "Grinding technology lab, two joint projects."),
      (A(-1300, "44434-", ("Gute Zusammenarbeit, Ziele etwas vage.", "Good cooperation, goals somewhat vague.")),
       A(-620, "454444", ("Projektplan jetzt verbindlich.", "Project plan now binding.")),
       A(-90, "554545", ("Sehr offener Austausch, gemeinsame Veröffentlichung.",
                         "Very open exchange, joint paper.")))),
    R(K, "hzt", "skilled_workers", 5, -14 * Y, ("Duales Studium: derzeit vier Studierende.",
                                                 "Dual study programme: four students at present."),
      (A(-400, "55-455", ("Zuverlässige Nachwuchsquelle.", "Reliable talent pipeline.")),)),
    R(K, "ihk", "membership", 3, -40 * Y, NO_TEXT,
      (A(-1000, "333-33", ("Pflichtmitgliedschaft, wenig aktiv genutzt.", "Mandatory membership, little used.")),
       A(-180, "4433-4", ("Außenwirtschaftsberatung für Indien hilfreich.",
                          "Foreign trade advice on India useful.")))),
    R(K, "hwk", "skilled_workers", 2, -12 * Y, NO_TEXT,
      (A(-1100, "3-2-22", ("Kaum Berührungspunkte.", "Hardly any overlap.")),)),
    R(K, "cluster_alb", "membership", 4, -6 * Y, ("Sitz im Arbeitskreis Messtechnik.",
                                                   "Seat in the metrology working group."),
      (A(-800, "443344"), A(-150, "544434", ("Neue Clustermanagerin bringt Schwung.",
                                                  "New cluster manager brings momentum.")))),
    R(K, "guss", "supply", 4, -22 * Y, NO_TEXT,
      (A(-900, "443345", ("Liefertreue gut, Preise steigen.", "Good delivery reliability, prices rising.")),
       A(-240, "544445", ("Springt bei Engpässen aus China ein.", "Steps in when China deliveries are late.")))),
    R(K, "haerterei", "supply", 5, -18 * Y, ("Einziger Härter für Spindelwellen.",
                                              "Only hardener for spindle shafts."),
      (A(-1200, "45-354"), A(-700, "453354", ("Kapazitätsengpass im Sommer.", "Capacity shortage in summer.")),
       A(-60, "553454", ("Zusage für zweite Ofenlinie.", "Commitment to a second furnace line.")))),
    R(K, "blech", "supply", 3, -10 * Y, NO_TEXT, (A(-520, "333-43"),)),
    R(K, "schaltschrank", "supply", 4, -8 * Y, NO_TEXT,
      (A(-1000, "332333", ("Dokumentation lückenhaft.", "Documentation incomplete.")),
       A(-500, "443344"),
       A(-45, "544454", ("OPC-UA-Pilot gemeinsam umgesetzt.", "Implemented the OPC UA pilot together.")))),
    R(K, "spedition", "supply", 3, -12 * Y, NO_TEXT,
      (A(-300, "44--34"),)),
    R(K, "it", "supply", 3, -5 * Y, NO_TEXT,
      (A(-260, "4342-3", ("Sicherheitsupdate verspätet eingespielt.", "Security update installed late.")),)),
    R(K, "pruef", "shared_infrastructure", 4, -4 * Y, ("Klimamessraum anteilig gemietet.",
                                                       "Share of the climate-controlled measuring room rented."),
      (A(-420, "444-44"),)),
    R(K, "donautal", "sales", 5, -16 * Y, ("Rahmenvertrag über Schleifzentren.", "Framework agreement on grinding "
                                                                                 "centres."),
      (A(-1250, "454445"), A(-640, "455455"),
       A(-30, "555454", ("Strategiegespräch: neue Instrumentenlinie ab nächstem Jahr.",
                         "Strategy meeting: new instrument line from next year.")))),
    R(K, "neckarblick", "sales", 4, -7 * Y, NO_TEXT,
      (A(-350, "34-434", ("Preisdruck, aber verlässlich.", "Price pressure, but dependable.")),)),
    R(K, "heuberg", "shared_infrastructure", 4, -3 * Y, ("Gemeinsame Ausbildungswerkstatt.",
                                                          "Shared training workshop."),
      (A(-500, "443444"), A(-100, "554555", ("Werkstatt läuft, Azubis tauschen Wissen aus.",
                                                   "Workshop running, apprentices learn from each other.")))),
    R(K, "standort", "cooperation", 2, -5 * Y),
    R(K, "bsz", "skilled_workers", 5, -20 * Y, NO_TEXT,
      (A(-700, "55-545"), A(-200, "554545"))),
    R(K, "albjobs", "skilled_workers", 2, -2 * Y),
    R(K, "verband", "membership", 4, -30 * Y, NO_TEXT,
      (A(-1350, "343333"), A(-380, "443434", ("Konjunkturumfragen nützlich.", "Business surveys useful.")))),
    R(K, "ak_i40", "knowledge_exchange", 3, -4 * Y, NO_TEXT,
      (A(-600, "53-344", ("Offener Austausch, wenig verbindlich.", "Open exchange, not very binding.")),)),
    R(K, "fsfe", "research_project", 4, -3 * Y, ("Verbundprojekt Digitaler Zwilling (gefördert).",
                                                  "Joint project digital twin (funded)."),
      (A(-800, "444444"), A(-120, "454554", ("Meilenstein 2 erreicht.", "Milestone 2 reached.")))),
    R(K, "iamf", "knowledge_exchange", 2, -200),
    R(K, "thnf", "research_project", 3, -2 * Y, NO_TEXT,
      (A(-260, "4-3-34"),)),
    R(K, "leichtbau", "membership", 2, -3 * Y, NO_TEXT,
      (A(-1000, "3-2222", ("Noch keinen Nutzen gezogen.", "No benefit drawn yet.")),)),
    R(K, "klimafabrik", "knowledge_exchange", 3, -2 * Y, NO_TEXT,
      (A(-400, "54-344"), A(-75, "554445", ("Leitfaden CO₂-Bilanz direkt anwendbar.",
                                                 "Carbon accounting guide directly usable.")))),
    R(K, "spanfluss", "cooperation", 3, -2 * Y, NO_TEXT,
      (A(-330, "433-43"), A(-40, "434-44", ("Schnittstelle stabil, Support langsam.",
                                                 "Interface stable, support slow.")))),
    R(K, "weserland", "sales", 4, -6 * Y, NO_TEXT,
      (A(-900, "353344"), A(-300, "454354", ("Audit ohne Abweichungen.", "Audit without findings.")))),
    R(K, "foerder", "cooperation", 3, -4 * Y, ("Förderbescheid Digitaler Zwilling.", "Grant for the digital twin."),
      (A(-240, "343533"),)),
    R(K, "hartmetall", "supply", 4, -11 * Y, NO_TEXT, (A(-1200, "444344"), A(-330, "445344"))),
    R(K, "lean", "cooperation", 3, -500, NO_TEXT,
      (A(-380, "444444", ("Energieaudit termingerecht.", "Energy audit on time.")),)),
    R(K, "qiaolan", "supply", 4, -7 * Y, ("Jahresvertrag, Preisbindung 12 Monate.", "Annual contract, prices fixed "
                                                                                      "for 12 months."),
      (A(-1100, "343344"), A(-560, "332344", ("Lieferzeit schwankt stark.", "Lead time varies widely.")),
       A(-140, "232-34", ("Zwei Lieferungen drei Wochen zu spät.", "Two deliveries three weeks late.")))),
    R(K, "ruixin", "supply", 4, -6 * Y, NO_TEXT,
      (A(-950, "343344"), A(-230, "2322-4", ("Keine Auskunft zu Vorlieferanten.",
                                                  "No information on sub-suppliers.")))),
    R(K, "jiamu", "supply", 3, -5 * Y, NO_TEXT,
      (A(-700, "443-33"), A(-160, "322222", ("Firmware-Reklamationen, Antworten kommen spät.",
                                                  "Firmware complaints, answers come late.")))),
    R(K, "yunbo", "supply", 3, -4 * Y, NO_TEXT,
      (A(-1150, "33-333"),)),
    R(K, "precyzja", "supply", 2, -300, ("Erstmuster Gussbett KPM 400.", "First samples, KPM 400 machine bed."),
      (A(-50, "44-443", ("Vielversprechend, Prozessfähigkeit noch offen.",
                         "Promising, process capability still open.")),)),
    R(K, "kovotech", "supply", 2, -1 * Y),
    R(K, "arnoux", "sales", 3, -9 * Y, NO_TEXT,
      (A(-950, "443-34"),)),
    R(K, "jurafeld", "sales", 4, -12 * Y, NO_TEXT,
      (A(-1000, "354454"), A(-210, "455455", ("Folgeauftrag über drei Maschinen.",
                                                   "Follow-up order for three machines.")))),
    R(K, "innviertel", "cooperation", 3, -5 * Y, ("Servicevertrag Österreich.", "Service contract Austria."),
      (A(-450, "444344"),)),
    R(K, "brianza", "cooperation", 3, -3 * Y, NO_TEXT,
      (A(-600, "433433"), A(-100, "4443-4"))),
    R(K, "cuyahoga", "sales", 3, -4 * Y, NO_TEXT,
      (A(-110, "4433-4", ("Zufrieden mit den Maschinen, Service ist der Engpass.",
                          "Happy with the machines; service is the bottleneck.")),)),
    R(K, "vyom", "sales", 2, -280, ("Händlervertrag Indien.", "Dealer agreement India.")),
    R(K, "ahk_in", "membership", 2, -1 * Y),
    R(K, "epf", "membership", 3, -2 * Y, NO_TEXT,
      (A(-500, "43-333"),)),
    R(K, "ctau", "research_project", 2, -150,
      ("Gemeinsamer Antrag in Vorbereitung.", "Joint proposal being prepared.")),
    R(K, "dcmv", "membership", 1, -6 * Y, NO_TEXT,
      (A(-1300, "2-2112", ("Kündigung prüfen.", "Consider cancelling.")),)),
    R(K, "albtrauf", "supply", 1, -25 * Y),
    # partners among themselves
    R("hzt", "cluster_alb", "membership", 4, -8 * Y, NO_TEXT,
      (A(-400, "444-44"),)),
    R("hzt", "fsfe", "research_project", 4, -5 * Y, ("Gemeinsame Promotionen.", "Joint doctorates."),
      (A(-300, "545444"),)),
    R("hzt", "bsz", "skilled_workers", 3, -10 * Y, NO_TEXT, (A(-480, "44-3-4"),)),
    R("hzt", "thnf", "knowledge_exchange", 3, -6 * Y),
    R("ihk", "bsz", "skilled_workers", 4, -25 * Y, NO_TEXT, (A(-700, "454-44"),)),
    R("ihk", "standort", "cooperation", 4, -9 * Y),
    R("cluster_alb", "donautal", "membership", 4, -10 * Y, NO_TEXT, (A(-350, "4444-5"),)),
    R("cluster_alb", "pruef", "shared_infrastructure", 3, -4 * Y),
    R("guss", "haerterei", "supply", 4, -15 * Y, ("Gussteile gehen direkt zur Wärmebehandlung.",
                                                  "Castings go straight to heat treatment."),
      (A(-500, "44-344"),)),
    R("schaltschrank", "spanfluss", "cooperation", 3, -1 * Y),
    R("heuberg", "bsz", "skilled_workers", 4, -12 * Y, NO_TEXT, (A(-600, "45-444"),)),
    R("fsfe", "spanfluss", "research_project", 3, -2 * Y, NO_TEXT, (A(-200, "443434"),)),
    R("fsfe", "foerder", "cooperation", 3, -7 * Y),
    R("iamf", "leichtbau", "membership", 3, -5 * Y),
    R("iamf", "ctau", "research_project", 2, -2 * Y),
    R("verband", "ak_i40", "cooperation", 4, -6 * Y, NO_TEXT, (A(-1250, "44-334"),)),
    R("verband", "epf", "membership", 3, -8 * Y),
    R("klimafabrik", "lean", "knowledge_exchange", 3, -3 * Y),
    R("yunbo", "ruixin", "supply", 3, -6 * Y, ("Lager für die Kugelgewindetriebe.", "Bearings for the ball screws."),
      (A(-400, "2-3--3", ("Nur vom Hörensagen.", "Known only from hearsay.")),)),
    R("jiamu", "ruixin", "supply", 3, -4 * Y),
    R("dcmv", "qiaolan", "membership", 2, -9 * Y),
    R("vyom", "ahk_in", "membership", 3, -6 * Y),
    R("brianza", "epf", "membership", 3, -4 * Y),
    R("innviertel", "jurafeld", "cooperation", 2, -2 * Y),
    R("standort", "foerder", "cooperation", 3, -5 * Y),
    R("albjobs", "ihk", "cooperation", 2, -2 * Y),
)

# -- goals and actions --------------------------------------------------------------------------------------

G = GoalRow
GOALS: tuple[GoalRow, ...] = (
    G("lieferkette", ("Lieferkette absichern: europäische Zweitquellen", "Secure the supply chain: European second "
                                                                          "sources"),
      ("Gussbetten, Linearführungen, Servoverstärker und Lager kommen überwiegend aus China. Je Baugruppe soll "
       "eine qualifizierte Zweitquelle in Europa bestehen.",
       "Machine beds, linear guides, servo amplifiers and bearings come mostly from China. Each of these needs "
       "a qualified second source in Europe."),
      "resilience", "I", "einkauf", "high", "active", 420,
      ("Einkaufsvolumen aus China", "Purchasing volume from China"), ("%", "%"), 38, 20, 31,
      ("qiaolan", "ruixin", "jiamu", "yunbo", "precyzja", "kovotech")),
    G("fachkraefte", ("Fachkräfte aus der Region gewinnen", "Win skilled workers in the region"),
      ("Mehr Auszubildende und dual Studierende, gemeinsam mit Schulen, Kammern und Nachbarfirmen.",
       "More apprentices and dual-study students, together with schools, chambers and neighbouring firms."),
      "resilience", "R", "personal", "high", "active", 600,
      ("Auszubildende und dual Studierende", "Apprentices and dual-study students"), ("Personen", "people"),
      9, 16, 12, ("hzt", "bsz", "ihk", "heuberg", "albjobs", "hwk")),
    G("zwilling", ("Digitaler Zwilling für die Baureihe KPM 600", "Digital twin for the KPM 600 series"),
      ("Mit Forschungs- und Softwarepartnern Prozessdaten nutzen, um Einfahrzeiten beim Kunden zu halbieren.",
       "Use process data with research and software partners to halve commissioning time at the customer."),
      "innovation", "T", "entwicklung", "high", "active", 500,
      ("Abgeschlossene Pilotprojekte", "Completed pilot projects"), ("Projekte", "projects"), 0, 3, 1,
      ("fsfe", "spanfluss", "thnf", "ak_i40", "schaltschrank", "foerder")),
    G("additiv", ("Additive Fertigung für Spannmittel erschließen", "Open up additive manufacturing for fixtures"),
      ("Prüfen, ob gedruckte Spannmittel Rüstzeiten senken; Partner aus Forschung und Leichtbau-Netzwerk.",
       "Test whether printed fixtures cut set-up times; partners from research and the lightweight network."),
      "innovation", "T", "entwicklung", "medium", "planned", 900,
      ("Qualifizierte additiv gefertigte Bauteile", "Qualified additively manufactured parts"), ("Teile", "parts"),
      0, 5, 0, ("iamf", "ctau", "leichtbau", "foerder")),
    G("export", ("Markteintritt Indien und Ausbau Nordamerika", "Market entry India and growth in North America"),
      ("Exportanteil steigern mit Vertriebspartner in Pune und Service vor Ort in den USA.",
       "Raise the export share with a sales partner in Pune and local service in the US."),
      "competitiveness", "I", "vertrieb", "high", "active", 730,
      ("Exportanteil am Umsatz", "Export share of turnover"), ("%", "%"), 27, 40, 30,
      ("vyom", "ahk_in", "cuyahoga", "epf", "innviertel", "jurafeld")),
    G("energie", ("Energiekosten senken und CO₂-Bilanz ausweisen",
                "Cut energy costs and report the carbon footprint"),
      ("Energieaudit umsetzen und jedem Kunden die CO₂-Bilanz seiner Maschine liefern.",
       "Implement the energy audit and give every customer the carbon footprint of their machine."),
      "competitiveness", "R", "produktion", "medium", "achieved", -30,
      ("Energiekosten je Maschinenstunde", "Energy cost per machine hour"), ("EUR/h", "EUR/h"), 4.8, 3.6, 3.5,
      ("klimafabrik", "lean", "pruef", "cluster_alb")),
    G("usa_messe", ("Gemeinschaftsstand auf Fachmesse in Chicago", "Joint stand at a trade fair in Chicago"),
      ("Verworfen: Kosten-Nutzen zu unsicher; Vertrieb konzentriert sich auf Indien.",
       "Dropped: cost-benefit too uncertain; sales concentrates on India."),
      "competitiveness", "I", "vertrieb", "low", "dropped", -200,
      ("Qualifizierte Messekontakte", "Qualified fair leads"), ("Kontakte", "leads"), 0, 40, None,
      ("cluster_alb", "cuyahoga")),
)

T = ActionRow
ACTIONS: tuple[ActionRow, ...] = (
    # lieferkette
    T("lieferkette", ("Gussbett-Zweitquelle in Wrocław qualifizieren", "Qualify the machine-bed second source in "
                                                                        "Wrocław"),
      "einkauf", -300, -20, "in_progress", "high", effort_days=25, partner="precyzja"),
    T("lieferkette", ("Lieferantenaudit bei Kovotechnika Lipno", "Supplier audit at Kovotechnika Lipno"),
      "qm", -200, -60, "done", "medium", effort_days=4, partner="kovotech", completed=-75),
    T("lieferkette", ("Sicherheitsbestand Servoverstärker auf drei Monate erhöhen",
                      "Raise servo amplifier safety stock to three months"),
      "einkauf", -150, -90, "done", "high", cost_eur=85000, partner="jiamu", completed=-95),
    T("lieferkette", ("Rahmenvertrag Ruixin um Lieferklauseln erweitern", "Add delivery clauses to the Ruixin "
                                                                          "framework contract"),
      "einkauf", -120, -10, "blocked", "medium", effort_days=6, partner="ruixin",
      notes=("Wartet auf die Rechtsabteilung des Lieferanten.", "Waiting for the supplier's legal department.")),
    T("lieferkette", ("Europäische Quelle für Linearführungen über die EPF-Datenbank suchen",
                      "Search the EPF database for a European linear guide source"),
      "einkauf", -30, 120, "open", "high", effort_days=10, partner="epf"),
    T("lieferkette", ("Risikobewertung aller A-Lieferanten", "Risk assessment of all A suppliers"),
      "qm", 10, 90, "open", "medium", effort_days=8),
    # fachkraefte
    T("fachkraefte", ("Gemeinsame Ausbildungswerkstatt mit Werkzeugbau Heuberg einrichten",
                      "Set up the shared training workshop with Werkzeugbau Heuberg"),
      "produktion", -400, -120, "done", "high", cost_eur=48000, partner="heuberg", completed=-130),
    T("fachkraefte", ("Zwei Plätze im dualen Studium mit der HZT vereinbaren",
                      "Agree two dual-study places with HZT"),
      "personal", -200, -30, "done", "high", effort_days=3, partner="hzt", completed=-40),
    T("fachkraefte", ("Tag der offenen Werkstatt mit dem Berufsschulzentrum", "Open workshop day with the "
                                                                              "vocational school"),
      "personal", -60, 25, "in_progress", "medium", effort_days=5, partner="bsz"),
    T("fachkraefte", ("Stellenprofile auf AlbTalente überarbeiten", "Rework job profiles on AlbTalente"),
      "personal", -90, -45, "open", "low", effort_days=2, partner="albjobs"),
    T("fachkraefte", ("Ausbildungsbotschafter für das IHK-Programm benennen",
                      "Nominate training ambassadors for the chamber programme"),
      "personal", 15, 110, "open", "low", effort_days=4, partner="ihk"),
    # zwilling
    T("zwilling", ("Förderantrag Digitaler Zwilling einreichen", "Submit the digital twin funding application"),
      "entwicklung", -240, -150, "done", "high", effort_days=12, partner="foerder", completed=-160),
    T("zwilling", ("Pilot 1: Maschinendaten KPM 600 an Spanfluss-MES anbinden",
                   "Pilot 1: connect KPM 600 machine data to the Spanfluss MES"),
      "entwicklung", -150, -20, "done", "high", effort_days=30, partner="spanfluss", completed=-25),
    T("zwilling", ("Pilot 2: Simulationsmodell Schleifprozess mit FSFE validieren",
                   "Pilot 2: validate the grinding simulation model with FSFE"),
      "entwicklung", -60, 150, "in_progress", "high", effort_days=40, partner="fsfe"),
    T("zwilling", ("Masterarbeit Zustandsüberwachung an der THNF ausschreiben",
                   "Advertise a master's thesis on condition monitoring at THNF"),
      "entwicklung", -100, -50, "open", "medium", effort_days=2, partner="thnf"),
    T("zwilling", ("OPC-UA-Schnittstelle im Schaltschrankbau festlegen", "Specify the OPC UA interface for the "
                                                                           "control cabinets"),
      "produktion", -80, 40, "in_progress", "medium", effort_days=6, partner="schaltschrank"),
    T("zwilling", ("Ergebnisse im Arbeitskreis Industrie 4.0 vorstellen", "Present results at the Industry 4.0 "
                                                                           "working group"),
      "gf", 60, 75, "open", "low", effort_days=2, partner="ak_i40"),
    # additiv
    T("additiv", ("Machbarkeitsstudie gedruckte Spannmittel mit dem IAMF", "Feasibility study of printed fixtures "
                                                                            "with IAMF"),
      "entwicklung", 30, 180, "open", "medium", cost_eur=18000, partner="iamf"),
    T("additiv", ("Workshop des Leichtbau-Netzwerks besuchen", "Attend the lightweight network workshop"),
      "entwicklung", -20, 20, "in_progress", "low", effort_days=1, partner="leichtbau"),
    T("additiv", ("Kooperationsanfrage an das CTAU Annecy", "Cooperation request to CTAU Annecy"),
      "gf", -45, -5, "open", "low", effort_days=1, partner="ctau"),
    # export
    T("export", ("Händlervertrag mit Vyom Machine Tools abschließen", "Sign the dealer agreement with Vyom Machine "
                                                                       "Tools"),
      "vertrieb", -210, -100, "done", "high", effort_days=8, partner="vyom", completed=-110),
    T("export", ("Vorführmaschine KPM 400 nach Pune verschiffen", "Ship a KPM 400 demo machine to Pune"),
      "vertrieb", -60, -15, "blocked", "high", cost_eur=32000, partner="vyom",
      notes=("Exportgenehmigung für die Steuerung steht aus.", "Export licence for the control unit pending.")),
    T("export", ("Servicepartnerschaft Nordamerika mit Cuyahoga prüfen", "Explore a North American service "
                                                                         "partnership with Cuyahoga"),
      "vertrieb", -30, 90, "in_progress", "medium", effort_days=6, partner="cuyahoga"),
    T("export", ("Delegationsreise Westindien", "Trade mission to western India"),
      "gf", 40, 55, "open", "medium", cost_eur=9500, partner="ahk_in"),
    T("export", ("Vertriebsunterlagen auf Englisch und Französisch aktualisieren",
                 "Update sales documents in English and French"),
      "vertrieb", -120, -70, "in_progress", "low", effort_days=5),
    T("export", ("Servicevertrag Innviertel auf die Schweiz ausweiten", "Extend the Innviertel service contract to "
                                                                          "Switzerland"),
      "vertrieb", 20, 140, "open", "medium", effort_days=4, partner="innviertel"),
    # energie
    T("energie", ("Energieaudit der Fertigung", "Energy audit of production"),
      "produktion", -500, -420, "done", "high", cost_eur=14000, partner="lean", completed=-425),
    T("energie", ("Druckluftleckagen beseitigen", "Fix compressed-air leaks"),
      "produktion", -420, -360, "done", "medium", effort_days=10, completed=-370),
    T("energie", ("Kompressor-Abwärme für die Hallenheizung nutzen", "Use compressor waste heat to heat the hall"),
      "produktion", -360, -200, "done", "medium", cost_eur=62000, completed=-190),
    T("energie", ("CO₂-Bilanz je Maschine für Kunden ausweisen", "Report the carbon footprint per machine to "
                                                                   "customers"),
      "qm", -300, -60, "done", "medium", effort_days=12, partner="klimafabrik", completed=-58),
    # usa_messe
    T("usa_messe", ("Standkosten mit dem Präzisionscluster abstimmen", "Agree stand costs with the precision "
                                                                        "cluster"),
      "vertrieb", -420, -380, "done", "low", effort_days=2, partner="cluster_alb", completed=-385),
)
