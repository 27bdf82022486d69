package com.clientele.seed;

import java.util.List;

/**
 * The seed shop's category tree: five departments, each a root, with 14 leaf categories below them
 * (13 of merchandise, one of fees). Ids are readable slugs such as {@code electronics.phones}.
 */
final class CategoryTree {

    /** A department: a root category. */
    record Department(String id, String name, String nameZh) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("electronics", "Electronics", "数码电子"),
            new Department("home", "Home & Kitchen", "家居厨房"),
            new Department("fashion", "Fashion", "服饰鞋包"),
            new Department("beauty", "Beauty", "美妆护肤"),
            new Department("services", "Services & Fees", "服务与费用"));

    static final List<LeafCategory> LEAVES = List.of(
            leaf("electronics.phones", "Phones", "手机", 129_900, 799_900, 6,
                    k("Smartphone", "智能手机"), k("Phone", "手机"), k("Foldable Phone", "折叠屏手机")),
            leaf("electronics.laptops", "Laptops", "笔记本电脑", 299_900, 1_299_900, 3,
                    k("Laptop", "笔记本电脑"), k("Ultrabook", "轻薄本"), k("Gaming Laptop", "游戏本")),
            leaf("electronics.audio", "Audio", "音频设备", 9_900, 199_900, 6,
                    k("Wireless Earbuds", "无线耳机"), k("Headphones", "头戴式耳机"), k("Bluetooth Speaker", "蓝牙音箱")),
            leaf("electronics.accessories", "Phone & Laptop Accessories", "数码配件", 1_900, 29_900, 10,
                    k("Phone Case", "手机壳"), k("Charger", "充电器"), k("Screen Protector", "钢化膜"),
                    k("Power Bank", "充电宝"), k("Laptop Sleeve", "电脑内胆包"), k("USB-C Cable", "数据线")),
            leaf("home.kitchen", "Kitchen", "厨房用品", 2_900, 129_900, 7,
                    k("Rice Cooker", "电饭煲"), k("Wok", "炒锅"), k("Knife Set", "刀具套装"), k("Kettle", "电热水壶")),
            leaf("home.bedding", "Bedding", "床上用品", 4_900, 99_900, 5,
                    k("Duvet", "羽绒被"), k("Pillow", "枕头"), k("Sheet Set", "床单四件套")),
            leaf("home.decor", "Home Decor", "家居装饰", 1_900, 59_900, 4,
                    k("Table Lamp", "台灯"), k("Vase", "花瓶"), k("Wall Clock", "挂钟"), k("Scented Candle", "香薰蜡烛")),
            leaf("fashion.womens", "Women's Clothing", "女装", 5_900, 159_900, 9,
                    k("Dress", "连衣裙"), k("Blouse", "衬衫"), k("Coat", "大衣"), k("Knit Sweater", "针织衫")),
            leaf("fashion.mens", "Men's Clothing", "男装", 5_900, 129_900, 7,
                    k("Shirt", "衬衫"), k("Jacket", "夹克"), k("Chinos", "休闲裤"), k("Polo Shirt", "Polo衫")),
            leaf("fashion.shoes", "Shoes", "鞋靴", 9_900, 199_900, 6,
                    k("Running Shoes", "跑鞋"), k("Sneakers", "板鞋"), k("Boots", "靴子"), k("Socks Pack", "袜子套装")),
            leaf("fashion.bags", "Bags", "箱包", 7_900, 299_900, 4,
                    k("Backpack", "双肩包"), k("Handbag", "手提包"), k("Suitcase", "行李箱")),
            leaf("beauty.skincare", "Skincare", "护肤", 4_900, 159_900, 8,
                    k("Face Serum", "精华液"), k("Moisturiser", "面霜"), k("Sunscreen", "防晒霜"), k("Cleanser", "洁面乳")),
            leaf("beauty.makeup", "Makeup", "彩妆", 3_900, 59_900, 6,
                    k("Lipstick", "口红"), k("Foundation", "粉底液"), k("Eyeshadow Palette", "眼影盘")),
            leaf("services.fees", "Fees", "费用", 500, 1_500, 0));

    private CategoryTree() {
    }

    /** The leaf categories that hold merchandise. */
    static List<LeafCategory> merchandiseLeaves() {
        return LEAVES.stream().filter(LeafCategory::merchandise).toList();
    }

    static LeafCategory feesLeaf() {
        return LEAVES.get(LEAVES.size() - 1);
    }

    private static LeafCategory leaf(String id, String name, String nameZh, long minCents, long maxCents,
            int popularity, String[]... kinds) {
        String department = id.substring(0, id.indexOf('.'));
        return new LeafCategory(id, name, nameZh, department, minCents, maxCents, popularity, List.of(kinds));
    }

    private static String[] k(String name, String nameZh) {
        return new String[] {name, nameZh};
    }
}
