import SystemEnvironment

/// Place names: countries and their subdivisions from Debian's iso-codes data (ISO 3166-1 and 3166-2,
/// read at run time from /usr/share/iso-codes/json or $CROSSREAD_ISO_CODES), the short forms news
/// prose uses for countries, and continents and world regions. Keys are folded (lower case, no
/// diacritics), values the canonical place name.
public struct Places: Sendable {
    public let countries: [String: String]
    public let subdivisions: [String: String]

    public static let shared = Places.load()

    public func canonicalName(_ folded: String) -> String? {
        countries[folded] ?? Self.regions[folded] ?? subdivisions[folded]
    }

    public func isCountryOrRegion(_ folded: String) -> Bool { countries[folded] != nil || Self.regions[folded] != nil }

    /// Short forms and old names people write, keyed by the folded form. The values name the country as
    /// ISO 3166-1 calls it, or its common English name where ISO's is a formal one.
    static let shortForms: [String: String] = [
        "u.s.": "United States", "us": "United States", "usa": "United States", "u.s.a.": "United States",
        "america": "United States", "united states of america": "United States", "the united states": "United States",
        "u.k.": "United Kingdom", "uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
        "russia": "Russia", "russian federation": "Russia", "turkey": "Turkey", "turkiye": "Turkey",
        "holland": "Netherlands", "the netherlands": "Netherlands", "czech republic": "Czechia", "burma": "Myanmar",
        "ivory coast": "Côte d'Ivoire", "kosovo": "Kosovo", "vatican": "Vatican", "macedonia": "North Macedonia",
        "uae": "United Arab Emirates", "gaza": "Gaza", "west bank": "West Bank", "palestine": "Palestine",
        "south korea": "South Korea", "north korea": "North Korea", "the philippines": "Philippines",
        "the gambia": "Gambia", "swaziland": "Eswatini", "east timor": "Timor-Leste",
    ]

    /// Continents and world regions.
    static let regions: [String: String] = [
        "europe": "Europe", "africa": "Africa", "asia": "Asia", "north america": "North America",
        "south america": "South America", "latin america": "Latin America", "central america": "Central America",
        "middle east": "Middle East", "near east": "Near East", "far east": "Far East", "west": "the West",
        "the west": "the West", "east": "the East", "gulf": "Gulf", "persian gulf": "Persian Gulf", "sahel": "Sahel",
        "balkans": "Balkans", "caucasus": "Caucasus", "scandinavia": "Scandinavia", "arctic": "Arctic",
        "antarctica": "Antarctica", "pacific": "Pacific", "atlantic": "Atlantic", "mediterranean": "Mediterranean",
        "levant": "Levant", "maghreb": "Maghreb", "horn of africa": "Horn of Africa", "indo-pacific": "Indo-Pacific",
        "central asia": "Central Asia", "southeast asia": "Southeast Asia", "eastern europe": "Eastern Europe",
        "western europe": "Western Europe", "sub-saharan africa": "Sub-Saharan Africa", "baltics": "Baltics",
        "donbas": "Donbas", "crimea": "Crimea", "kashmir": "Kashmir", "kurdistan": "Kurdistan", "sinai": "Sinai",
    ]

    static func load() -> Places {
        var countries: [String: String] = [:]
        var subdivisions: [String: String] = [:]
        let folder = ProcessEnvironment.value("CROSSREAD_ISO_CODES") ?? "/usr/share/iso-codes/json"
        for entry in ISOCodesFile.entries(path: folder + "/iso_3166-1.json", listKey: "3166-1", fields: ["name", "common_name", "official_name"]) {
            guard let name = entry[0] else { continue }
            let display = entry[1] ?? shortName(name)
            for form in [name, entry[1], entry[2], shortName(name)].compactMap({ $0 }) {
                countries[TextFolding.fold(form)] = display
            }
        }
        for entry in ISOCodesFile.entries(path: folder + "/iso_3166-2.json", listKey: "3166-2", fields: ["name"]) {
            guard let name = entry[0] else { continue }
            let plain = shortName(name)
            let folded = TextFolding.fold(plain)
            if folded.count >= 4, countries[folded] == nil { subdivisions[folded] = TextFolding.stripDiacritics(plain) }
        }
        for (form, name) in shortForms { countries[form] = name }
        return Places(countries: countries, subdivisions: subdivisions)
    }

    /// "Iran, Islamic Republic of" → "Iran"; "London, City of" → "London".
    private static func shortName(_ name: String) -> String {
        guard let comma = name.firstIndex(of: ",") else { return name }
        return String(name[..<comma])
    }
}

/// Major international bodies and groups whose names and acronyms a news reader meets everywhere,
/// from their own public names (UN, NATO, EU and the like; news agencies; designated terrorist
/// groups as governments list them). Folded form → canonical name and kind.
public enum InternationalBodies {
    public static let table: [String: String] = [
        "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
        "nato": "NATO", "north atlantic treaty organization": "NATO",
        "eu": "European Union", "e.u.": "European Union", "european union": "European Union",
        "european commission": "European Commission", "imf": "International Monetary Fund",
        "international monetary fund": "International Monetary Fund", "world bank": "World Bank",
        "who": "World Health Organization", "world health organization": "World Health Organization",
        "wto": "World Trade Organization", "opec": "OPEC", "asean": "ASEAN", "african union": "African Union",
        "arab league": "Arab League", "g7": "G7", "g20": "G20", "icc": "International Criminal Court",
        "iaea": "International Atomic Energy Agency", "osce": "OSCE", "red cross": "Red Cross",
        "islamic state": "Islamic State", "isis": "Islamic State", "isil": "Islamic State", "daesh": "Islamic State",
        "al-qaeda": "al-Qaeda", "al qaeda": "al-Qaeda", "al-qaida": "al-Qaeda", "al qaida": "al-Qaeda",
        "qaeda": "al-Qaeda", "hezbollah": "Hezbollah", "hizballah": "Hezbollah", "hamas": "Hamas",
        "taliban": "Taliban", "irgc": "Islamic Revolutionary Guard Corps", "reuters": "Reuters",
        "associated press": "Associated Press", "ap": "Associated Press", "afp": "Agence France-Presse",
        "agence france-presse": "Agence France-Presse", "bloomberg": "Bloomberg", "xinhua": "Xinhua", "tass": "TASS",
        "bbc": "BBC", "cnn": "CNN", "pentagon": "Pentagon", "kremlin": "Kremlin", "white house": "White House",
        "cia": "CIA", "fbi": "FBI", "nsa": "NSA", "twitter": "Twitter", "facebook": "Facebook",
        "security council": "Security Council",
    ]
}
