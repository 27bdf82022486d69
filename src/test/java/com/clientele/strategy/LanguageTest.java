package com.clientele.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clientele.vocabulary.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void everyChineseTagReadsChinese() {
        for (String header : new String[] {"zh", "zh-CN", "zh-Hans", "zh-TW", "zh-Hant-HK", "ZH-cn"}) {
            assertEquals(Language.ZH, Language.fromAcceptLanguage(header), header);
        }
    }

    @Test
    void anAbsentBlankMalformedOrForeignHeaderReadsEnglish() {
        assertEquals(Language.EN, Language.fromAcceptLanguage(null));
        assertEquals(Language.EN, Language.fromAcceptLanguage(" "));
        assertEquals(Language.EN, Language.fromAcceptLanguage("fr-FR, de;q=0.5"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("zh;q=banana"));
    }

    @Test
    void qValuesDecideBetweenTheLanguagesWeHave() {
        assertEquals(Language.EN, Language.fromAcceptLanguage("zh-CN;q=0.4, en-GB;q=0.9"));
        assertEquals(Language.ZH, Language.fromAcceptLanguage("en;q=0.5, zh-TW;q=0.8"));
        assertEquals(Language.ZH, Language.fromAcceptLanguage("fr, zh-CN;q=0.7, en;q=0.3"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("zh;q=0, *"));
    }

    @Test
    void tiesGoToTheLanguageListedFirst() {
        assertEquals(Language.ZH, Language.fromAcceptLanguage("zh-CN, en"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("en, zh-CN"));
    }

    @Test
    void anExplicitArgumentAcceptsEnumNamesAndTagsAndRefusesOthers() {
        assertEquals(Optional.of(Language.ZH), Language.fromArgument("ZH"));
        assertEquals(Optional.of(Language.ZH), Language.fromArgument("zh-Hans"));
        assertEquals(Optional.of(Language.EN), Language.fromArgument("en"));
        assertEquals(Optional.empty(), Language.fromArgument(null));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Language.fromArgument("fr"));
        assertEquals("unknown language 'fr': use EN or ZH (or a tag such as en-GB, zh-CN, zh-TW)",
                refused.getMessage());
    }
}
