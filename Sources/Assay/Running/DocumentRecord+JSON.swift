extension DocumentRecord {
    /// The record as one JSON line (with its newline): the bytes `JSONEncoder` with `.sortedKeys` and
    /// `.withoutEscapingSlashes` would write, built by hand because this runs once per document.
    public func jsonLine() -> [UInt8] {
        var writer = JSONLineWriter(capacity: text.utf8.count * 2 + 1024)
        writer.beginObject()
        writer.field("encoding", encoding)
        writer.field("format", format.rawValue)
        writer.field("id", id)
        if let mentions {
            writer.key("mentions")
            writer.beginArray()
            for mention in mentions { mention.write(to: &writer) }
            writer.endArray()
        }
        writer.key("metadata")
        metadata.write(to: &writer)
        writer.field("origin", origin)
        writer.field("record", record)
        writer.field("removedBlocks", removedBlocks)
        writer.field("sha256", sha256)
        writer.key("sourceMap")
        writer.beginArray()
        for segment in sourceMap.segments {
            writer.beginArray()
            writer.value(segment.cleanStart)
            writer.value(segment.cleanLength)
            writer.value(segment.sourceStart)
            writer.value(segment.sourceLength)
            writer.endArray()
        }
        writer.endArray()
        writer.field("text", text)
        writer.field("version", version)
        if let warnings {
            writer.key("warnings")
            writer.beginArray()
            for warning in warnings { writer.value(warning) }
            writer.endArray()
        }
        writer.endObject()
        writer.newline()
        return writer.bytes
    }
}

extension DocumentMetadata {
    func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        writer.key("authors")
        writer.beginArray()
        for author in authors { writer.value(author) }
        writer.endArray()
        writer.field("description", description)
        writer.field("language", language)
        writer.field("modified", modified)
        writer.field("published", published)
        writer.field("publisher", publisher)
        writer.field("title", title)
        writer.field("url", url)
        writer.endObject()
    }
}

extension Mention {
    func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        if let attributes {
            writer.key("attributes")
            writer.beginObject()
            for key in attributes.keys.sorted() {
                writer.field(key, attributes[key])
            }
            writer.endObject()
        }
        writer.field("end", end)
        writer.field("entity", entity)
        writer.field("granularity", granularity)
        writer.field("kind", kind)
        writer.field("lower", lower)
        writer.field("modifier", modifier)
        writer.field("name", name)
        writer.field("rule", rule)
        writer.field("sourceEnd", sourceEnd)
        writer.field("sourceStart", sourceStart)
        writer.field("start", start)
        writer.field("text", text)
        writer.field("type", type.rawValue)
        writer.field("upper", upper)
        writer.field("value", value)
        writer.endObject()
    }
}
