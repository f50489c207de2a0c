package pl.wiec.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private enum Status {
        SUBMITTED
    }

    @Test
    void aDownloadReadsEachFileOnceUnderANameEveryArchiveToolTakesAndThePageReadsNone() {
        Map<String, byte[]> archive = new LinkedHashMap<>();
        AtomicInteger reads = new AtomicInteger();
        PersonalData download = new PersonalData(7, List.of("account:7"), Locale.ROOT, (path, content) -> {
            archive.put(path, content);
            return path;
        });
        PersonalData.Record photo = download.section("ideaPhotos").add().file("photo", "../Zdjęcie łąki (1).jpg",
                "image/jpeg", () -> {
                    reads.incrementAndGet();
                    return new byte[] { 1, 2, 3 };
                });
        PersonalData.File kept = (PersonalData.File) photo.values().get("photo");
        assertEquals("files/ideaPhotos/1-Zdjecie_laki_1_.jpg", kept.path());
        assertEquals(3L, kept.size());
        assertEquals(List.of(kept.path()), List.copyOf(archive.keySet()));
        assertEquals(1, reads.get());

        PersonalData page = new PersonalData(7, List.of("account:7"), Locale.ROOT, null);
        PersonalData.File named = (PersonalData.File) page.section("ideaPhotos").add()
                .file("photo", "a.jpg", "image/jpeg", () -> {
                    reads.incrementAndGet();
                    return new byte[1];
                }).values().get("photo");
        assertNull(named.path());
        assertNull(named.size());
        assertEquals(1, reads.get(), "the page never reads a file's bytes");
    }

    @Test
    void valuesKeepTheirKindsEnumsTheirNamesAndWhatIsNotKeptIsNotListed() {
        PersonalData data = new PersonalData(7, List.of("account:7"), Locale.ROOT, null);
        Instant at = Instant.parse("2026-12-07T10:15:30Z");
        PersonalData.Record record = data.section("ideas").add()
                .put(List.of("id", "status", "createdAt", "place"), new Object[] { 12L, Status.SUBMITTED, at, null })
                .put("answers", List.of()).put("tags", List.of(1, 2));
        assertEquals(Map.of("id", 12L, "status", "SUBMITTED", "createdAt", at, "tags", List.of("1", "2")),
                record.values());
        assertEquals(List.of("ideas"), data.sections().stream().map(PersonalData.Section::key).toList());
    }
}
