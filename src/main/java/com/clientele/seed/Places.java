package com.clientele.seed;

import java.util.SplittableRandom;

/**
 * Where customers live: mostly Chinese provinces and cities, written in Chinese (广东, 广州) or in English
 * (Guangdong, Guangzhou) as the customer typed it, plus a few international cities.
 */
final class Places {

    /** A region (province or state), city and country as written in a customer record. */
    record Place(String region, String city, String country, boolean abroad) {
    }

    private static final String[][] CHINA = {{"广东", "广州", "Guangdong", "Guangzhou"},
        {"广东", "深圳", "Guangdong", "Shenzhen"}, {"上海", "上海", "Shanghai", "Shanghai"},
        {"北京", "北京", "Beijing", "Beijing"}, {"浙江", "杭州", "Zhejiang", "Hangzhou"},
        {"江苏", "南京", "Jiangsu", "Nanjing"}, {"江苏", "苏州", "Jiangsu", "Suzhou"},
        {"四川", "成都", "Sichuan", "Chengdu"}, {"湖北", "武汉", "Hubei", "Wuhan"},
        {"福建", "厦门", "Fujian", "Xiamen"}, {"山东", "青岛", "Shandong", "Qingdao"},
        {"陕西", "西安", "Shaanxi", "Xi'an"}, {"重庆", "重庆", "Chongqing", "Chongqing"},
        {"天津", "天津", "Tianjin", "Tianjin"}};
    private static final int[] CHINA_WEIGHTS = {10, 9, 12, 11, 8, 5, 5, 6, 5, 3, 3, 3, 4, 3};
    private static final String[][] ABROAD = {{"Singapore", "Singapore", "Singapore"},
        {"California", "San Francisco", "United States"}, {"England", "London", "United Kingdom"},
        {"New South Wales", "Sydney", "Australia"}, {"Ontario", "Toronto", "Canada"}, {"Tokyo", "Tokyo", "Japan"}};
    private static final double ABROAD_SHARE = 0.05;

    private Places() {
    }

    static Place draw(SplittableRandom random) {
        if (random.nextDouble() < ABROAD_SHARE) {
            String[] place = ABROAD[random.nextInt(ABROAD.length)];
            return new Place(place[0], place[1], place[2], true);
        }
        String[] place = CHINA[weighted(random)];
        boolean chinese = random.nextDouble() < 0.6;
        return new Place(chinese ? place[0] : place[2], chinese ? place[1] : place[3], "China", false);
    }

    private static int weighted(SplittableRandom random) {
        int total = 0;
        for (int weight : CHINA_WEIGHTS) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < CHINA_WEIGHTS.length; i++) {
            ticket -= CHINA_WEIGHTS[i];
            if (ticket < 0) {
                return i;
            }
        }
        return CHINA_WEIGHTS.length - 1;
    }
}
