import Assay
import AssayTestSupport
import Foundation
import Testing

/// Checks the gazetteers shipped in `Gazetteers/`.
@Suite struct GazetteerDataTests {
    static let directory = Repository.root.appendingPathComponent("Gazetteers").path

    /// Loaded once for all tests: the loader itself rejects malformed lines and duplicate ids.
    static let shipped: Result<Gazetteer, GazetteerError> = Result { () throws(GazetteerError) in
        try Gazetteer.load(directory: directory)
    }

    func gazetteer() throws -> Gazetteer { try Self.shipped.get() }

    @Test func everyShippedFileLoads() throws {
        let gazetteer = try gazetteer()
        #expect(
            Set(gazetteer.files.map(\.name)).isSuperset(of: [
                "demonyms.tsv", "minerals.tsv", "organizations.tsv", "people.tsv", "places.tsv",
            ])
        )
        for file in gazetteer.files {
            #expect(file.entryCount > 0, "\(file.name) is empty")
            #expect(file.version >= 1)
        }
    }

    @Test func idsAreUniqueAndWellFormed() throws {
        let gazetteer = try gazetteer()
        var seen = Set<String>()
        for entry in gazetteer.entries {
            #expect(seen.insert(entry.id).inserted, "duplicate id \(entry.id)")
            if entry.id.hasPrefix("wikidata:") {
                #expect(entry.id.wholeMatch(of: /wikidata:Q[0-9]+/) != nil, "malformed \(entry.id)")
            } else {
                #expect(entry.id.wholeMatch(of: /assay:[a-z]+\/[a-z0-9-]+/) != nil, "malformed \(entry.id)")
            }
        }
    }

    @Test func referencesPointAtEntries() throws {
        let gazetteer = try gazetteer()
        for entry in gazetteer.entries {
            for key in ["country", "place", "parent", "capital", "capital-of", "sovereign"] {
                guard let value = entry.attributes[key] else { continue }
                for id in value.split(separator: ",") {
                    #expect(gazetteer.entry(id: String(id)) != nil, "\(entry.id) \(key)=\(id) names no entry")
                }
            }
        }
    }

    @Test func everyCountryHasADemonym() throws {
        let gazetteer = try gazetteer()
        let countries = gazetteer.entries.filter { $0.type == .entity(.place) && $0.kind == "Country" }
        #expect(countries.count >= 195)
        let covered = Set(gazetteer.entries.filter { $0.type == .demonym }.compactMap { $0.attributes["country"] })
        for country in countries {
            #expect(covered.contains(country.id), "no demonym for \(country.name)")
        }
    }

    @Test(arguments: [
        ("China", "Chinese"), ("United States", "American"), ("United Kingdom", "British"), ("Syria", "Syrian"),
        ("Iraq", "Iraqi"), ("Netherlands", "Dutch"),
    ])
    func demonymsPointAtTheirCountry(country: String, demonym: String) throws {
        let gazetteer = try gazetteer()
        let place = try #require(gazetteer.entries.first { $0.kind == "Country" && $0.name == country })
        let word = try #require(gazetteer.entries.first { $0.type == .demonym && $0.name == demonym })
        #expect(word.attributes["country"] == place.id)
    }

    @Test func noDemonymNamesAPlace() throws {
        let gazetteer = try gazetteer()
        let demonyms = Set(
            gazetteer.entries.filter { $0.type == .demonym }.flatMap(\.names).map { $0.text.lowercased() }
        )
        for entry in gazetteer.entries where entry.type == .entity(.place) {
            for name in entry.names {
                #expect(!demonyms.contains(name.text.lowercased()), "\(entry.id) is named \(name.text), a demonym")
            }
        }
    }

    /// "Toyota" is the car maker unless the text places the city ("in Toyota"): a city named like a listed company or
    /// club is listed `ambiguous=yes`, so the organisation wins where nothing places it.
    @Test func aCityNamedLikeAFirmOrClubIsOnlyAPlaceWherePlaced() throws {
        let gazetteer = try gazetteer()
        let firms = Set(
            gazetteer.entries.filter { $0.kind == "Corporation" || $0.kind == "SportsTeam" }.flatMap(\.names)
                .map(\.text)
        )
        for entry in gazetteer.entries where entry.kind == "City" && entry.attributes["ambiguous"] != "yes" {
            for name in entry.names {
                #expect(!firms.contains(name.text), "\(entry.id) is named \(name.text), a listed organisation")
            }
        }
    }

    @Test func sportsNamesAreNoAliases() throws {
        let gazetteer = try gazetteer()
        let universities = gazetteer.entries.filter { $0.attributes["sports-name"] != nil }
        #expect(universities.count >= 100)
        for entry in universities {
            let names = Set(entry.names.map(\.text))
            for name in entry.attributes["sports-name", default: ""].split(separator: ",") {
                #expect(!name.isEmpty && !names.contains(String(name)), "\(entry.id): sports-name \(name)")
            }
        }
    }

    static let rareEarths: [(String, String)] = [
        ("scandium", "Sc"), ("yttrium", "Y"), ("lanthanum", "La"), ("cerium", "Ce"), ("praseodymium", "Pr"),
        ("neodymium", "Nd"), ("promethium", "Pm"), ("samarium", "Sm"), ("europium", "Eu"), ("gadolinium", "Gd"),
        ("terbium", "Tb"), ("dysprosium", "Dy"), ("holmium", "Ho"), ("erbium", "Er"), ("thulium", "Tm"),
        ("ytterbium", "Yb"), ("lutetium", "Lu"),
    ]

    @Test func all17RareEarthsArePresentWithSymbols() throws {
        let gazetteer = try gazetteer()
        let rareEarths = gazetteer.entries.filter { $0.kind == "RareEarthElement" }
        #expect(rareEarths.count == 17)
        for (name, symbol) in Self.rareEarths {
            let entry = try #require(rareEarths.first { $0.name == name }, "\(name) missing")
            #expect(entry.type == .entity(.mineral))
            #expect(entry.attributes["symbol"] == symbol)
            #expect(entry.id.hasPrefix("wikidata:Q"))
        }
        // Symbols that are not ordinary words are case-sensitive aliases; "He", "In", "Li" are not aliases.
        let samarium = try #require(rareEarths.first { $0.name == "samarium" })
        #expect(samarium.aliases.contains(.init(text: "Sm", caseSensitive: true)))
        let helium = try #require(gazetteer.entries.first { $0.name == "helium" })
        #expect(!helium.aliases.contains { $0.text == "He" })
    }

    /// The U.S. Geological Survey's 2022 List of Critical Minerals, as published (50 commodities).
    static let usgs2022 = [
        "aluminum", "antimony", "arsenic", "barite", "beryllium", "bismuth", "cerium", "cesium", "chromium",
        "cobalt", "dysprosium", "erbium", "europium", "fluorspar", "gadolinium", "gallium", "germanium", "graphite",
        "hafnium", "holmium", "indium", "iridium", "lanthanum", "lithium", "lutetium", "magnesium", "manganese",
        "neodymium", "nickel", "niobium", "palladium", "platinum", "praseodymium", "rhodium", "rubidium",
        "ruthenium", "samarium", "scandium", "tantalum", "tellurium", "terbium", "thulium", "tin", "titanium",
        "tungsten", "vanadium", "ytterbium", "yttrium", "zinc", "zirconium",
    ]

    @Test func theUSGS2022ListIsPresent() throws {
        let gazetteer = try gazetteer()
        let minerals = gazetteer.entries.filter { $0.type == .entity(.mineral) }
        #expect(Self.usgs2022.count == 50)
        for name in Self.usgs2022 {
            let entry = minerals.first { mineral in
                mineral.names.contains { $0.text.lowercased() == name }
            }
            let found = try #require(entry, "\(name) missing")
            let lists = found.attributes["lists", default: ""].split(separator: ",")
            #expect(lists.contains("us-usgs-2022"), "\(name) is not marked us-usgs-2022")
        }
        let marked = minerals.filter { $0.attributes["lists", default: ""].contains("us-usgs-2022") }
        #expect(marked.count == 50)
    }

    @Test(arguments: [
        ("Islamic State", "Organization"), ("Hezbollah", "Organization"), ("Syrian Democratic Forces", "Organization"),
        ("North Atlantic Treaty Organization", "Organization"), ("Federal Reserve", "Organization"),
        ("Brookings Institution", "Organization"), ("Reuters", "Organization"), ("Lynas Rare Earths", "Organization"),
        ("Raqqa", "Place"), ("Middle East", "Place"), ("Gaza Strip", "Place"), ("California", "Place"),
        ("Scott Bessent", "Person"), ("Bashar al-Assad", "Person"), ("Wang Yi", "Person"),
        ("NdFeB magnets", "Mineral"), ("rare earths", "Mineral"),
    ])
    func coversWellKnownNames(name: String, type: String) throws {
        let gazetteer = try gazetteer()
        let entry = gazetteer.entries.first { $0.name == name }
        #expect(entry?.type.description == type, "\(name)")
    }

    @Test func shortUpperCaseAliasesAreCaseSensitive() throws {
        let gazetteer = try gazetteer()
        let unitedStates = try #require(gazetteer.entry(id: "wikidata:Q30"))
        #expect(unitedStates.aliases.contains(.init(text: "US", caseSensitive: true)))
        let europeanUnion = try #require(gazetteer.entry(id: "wikidata:Q458"))
        #expect(europeanUnion.aliases.contains(.init(text: "EU", caseSensitive: true)))
        for entry in gazetteer.entries where entry.type != .entity(.mineral) {
            for alias in entry.aliases where alias.text.count <= 3 && alias.text.allSatisfy(\.isUppercase) {
                #expect(alias.caseSensitive, "\(entry.id): \(alias.text) should be case-sensitive")
            }
        }
    }

    /// "Ernst & Young" is written with "and" too; an accent is no reason to match an English word ("Libération").
    @Test func ampersandsAndAccentsGiveTheSpellingsNewsUses() throws {
        let gazetteer = try gazetteer()
        for entry in gazetteer.entries where entry.name.contains(" & ") {
            let spelled = entry.name.replacingOccurrences(of: " & ", with: " and ")
            #expect(entry.aliases.contains { $0.text == spelled }, "\(entry.id): no alias \(spelled)")
        }
        let liberation = try #require(gazetteer.entry(id: "assay:organization/liberation"))
        #expect(!liberation.aliases.contains { $0.text == "Liberation" })
    }
}
