package com.clientele.vocabulary;


/**
 * What a thing is called in each language, for the sentences the API returns: a category's or product's names, a
 * class's playbook name, a place's names. A thing without a Chinese name is called by its English one in Chinese.
 */
public record DisplayName(String en, String zh) {

    public DisplayName {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("a display name needs an English name");
        }
        zh = zh == null || zh.isBlank() ? en : zh;
    }

    /** A name that is the same in every language (e.g. what a customer typed, when nothing else is known). */
    public static DisplayName same(String name) {
        return new DisplayName(name, name);
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
