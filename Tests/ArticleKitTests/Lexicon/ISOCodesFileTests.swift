import Testing
@testable import ArticleKit

@Suite("iso-codes JSON")
struct ISOCodesFileTests {
    @Test func readsTheWantedFieldsOfEachObjectInTheList() {
        let path = Fixtures.scratchFolder() + "/iso.json"
        Fixtures.write("""
            {
              "3166-9": [
                {"code": "XA-01", "name": "Port Merin", "type": "Province"},
                {"code": "XA-02", "type": "Province"},
                {"name": "Sa\\u00efd \\"North\\" District", "common_name": "Said North"}
              ]
            }
            """, to: path)
        let entries = ISOCodesFile.entries(path: path, listKey: "3166-9", fields: ["name", "common_name"])
        #expect(entries.count == 2)
        #expect(entries.first == ["Port Merin", nil])
        #expect(entries.last == ["Saïd \"North\" District", "Said North"])
    }

    @Test func aMissingFileHasNoEntries() {
        #expect(ISOCodesFile.entries(path: Fixtures.scratchFolder() + "/absent.json", listKey: "3166-1", fields: ["name"]).isEmpty)
    }
}
