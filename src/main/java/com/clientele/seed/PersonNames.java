package com.clientele.seed;

import java.util.SplittableRandom;

/**
 * Customer names as a real Chinese shop sees them: mostly in Chinese characters (王伟), some in pinyin
 * (Wang Wei), some English given names with a Chinese surname (Kevin Li), and English names abroad.
 * Each name comes with an e-mail local part built from its romanised form.
 */
final class PersonNames {

    /** A name to show and the romanised handle used for the e-mail address. */
    record Name(String display, String handle, boolean chineseScript) {
    }

    private static final String[][] SURNAMES = {{"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"},
        {"陈", "Chen"}, {"杨", "Yang"}, {"黄", "Huang"}, {"赵", "Zhao"}, {"吴", "Wu"}, {"周", "Zhou"},
        {"徐", "Xu"}, {"孙", "Sun"}, {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"},
        {"林", "Lin"}, {"罗", "Luo"}, {"高", "Gao"}, {"郑", "Zheng"}, {"梁", "Liang"}, {"谢", "Xie"}, {"宋", "Song"}};
    private static final String[][] FEMALE_GIVEN = {{"芳", "Fang"}, {"娜", "Na"}, {"秀英", "Xiuying"},
        {"敏", "Min"}, {"静", "Jing"}, {"丽", "Li"}, {"婷", "Ting"}, {"雪", "Xue"}, {"欣怡", "Xinyi"},
        {"佳琪", "Jiaqi"}, {"梓涵", "Zihan"}, {"雨桐", "Yutong"}, {"晓燕", "Xiaoyan"}, {"慧", "Hui"}};
    private static final String[][] MALE_GIVEN = {{"伟", "Wei"}, {"强", "Qiang"}, {"磊", "Lei"}, {"军", "Jun"},
        {"洋", "Yang"}, {"勇", "Yong"}, {"杰", "Jie"}, {"涛", "Tao"}, {"浩然", "Haoran"}, {"子轩", "Zixuan"},
        {"宇航", "Yuhang"}, {"俊杰", "Junjie"}, {"志明", "Zhiming"}, {"建国", "Jianguo"}};
    private static final String[] FEMALE_ENGLISH = {"Emily", "Grace", "Olivia", "Sophie", "Chloe", "Hannah",
        "Amy", "Lucy", "Vivian", "Cindy", "Jessica", "Sarah"};
    private static final String[] MALE_ENGLISH = {"Kevin", "David", "Jason", "Michael", "Daniel", "Tom", "Eric",
        "Leo", "Andrew", "James", "Ryan", "Peter"};
    private static final String[] ENGLISH_SURNAMES = {"Smith", "Brown", "Taylor", "Wilson", "Tan", "Lim", "Ng",
        "Nguyen", "Martin", "Walker", "Clarke", "Tanaka"};

    private PersonNames() {
    }

    static Name draw(SplittableRandom random, boolean female, boolean abroad) {
        double style = random.nextDouble();
        if (abroad && style < 0.6) {
            String given = pick(random, female ? FEMALE_ENGLISH : MALE_ENGLISH);
            String surname = pick(random, ENGLISH_SURNAMES);
            return new Name(given + " " + surname, given + "." + surname, false);
        }
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String[][] givenNames = female ? FEMALE_GIVEN : MALE_GIVEN;
        String[] given = givenNames[random.nextInt(givenNames.length)];
        if (style < 0.7) {
            return new Name(surname[0] + given[0], given[1] + "." + surname[1], true);
        }
        if (style < 0.85) {
            return new Name(surname[1] + " " + given[1], surname[1] + given[1], false);
        }
        String english = pick(random, female ? FEMALE_ENGLISH : MALE_ENGLISH);
        return new Name(english + " " + surname[1], english + "." + surname[1], false);
    }

    private static String pick(SplittableRandom random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
