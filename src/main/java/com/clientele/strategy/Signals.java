package com.clientele.strategy;

import static com.clientele.vocabulary.SegmentDimension.BEHAVIOUR;
import static com.clientele.vocabulary.SegmentDimension.BREADTH;
import static com.clientele.vocabulary.SegmentDimension.CHURN_RISK;
import static com.clientele.vocabulary.SegmentDimension.INFLUENCE;
import static com.clientele.vocabulary.SegmentDimension.LIFECYCLE;
import static com.clientele.vocabulary.SegmentDimension.RFM_SEGMENT;

/** The facts the next-best-action rules react to, each with the words that name it in a reason. */
final class Signals {

    static final Signal DECLINING = new Signal(LIFECYCLE, "DECLINING",
            "is buying less and less", "购买越来越少");
    static final Signal AT_RISK = new Signal(RFM_SEGMENT, "AT_RISK",
            "used to buy often but has not bought for a long time", "以前常买，但已很久没有购买");
    static final Signal CANT_LOSE_THEM = new Signal(RFM_SEGMENT, "CANT_LOSE_THEM",
            "was among the best buyers but has gone quiet", "曾是最大的买家之一，如今却沉寂了");
    static final Signal CHURN_RISK_HIGH = new Signal(CHURN_RISK, "HIGH",
            "is predicted to stop buying soon", "被模型预测即将流失");
    static final Signal CHURN_RISK_MEDIUM = new Signal(CHURN_RISK, "MEDIUM",
            "may stop buying", "存在流失可能");
    static final Signal ABOUT_TO_SLEEP = new Signal(RFM_SEGMENT, "ABOUT_TO_SLEEP",
            "is drifting away", "正在逐渐疏远");
    static final Signal NEED_ATTENTION = new Signal(RFM_SEGMENT, "NEED_ATTENTION",
            "buys well but has not bought for a while", "买得不少，但已有一段时间没买");
    static final Signal LIFECYCLE_CHURNED = new Signal(LIFECYCLE, "CHURNED",
            "has stopped buying", "已经停止购买");
    static final Signal BEHAVIOUR_CHURNED = new Signal(BEHAVIOUR, "CHURNED",
            "no longer buys", "已不再购买");
    static final Signal LOST = new Signal(RFM_SEGMENT, "LOST",
            "has not bought for a very long time", "已经非常久没有购买");
    static final Signal HIBERNATING = new Signal(RFM_SEGMENT, "HIBERNATING",
            "has been dormant for a long time", "长期处于沉睡状态");
    static final Signal PROSPECT = new Signal(LIFECYCLE, "PROSPECT",
            "has not bought anything yet", "还没有买过任何东西");
    static final Signal NO_PURCHASE = new Signal(RFM_SEGMENT, "NO_PURCHASE",
            "has not placed an order yet", "尚未下过单");
    static final Signal POTENTIAL = new Signal(BEHAVIOUR, "POTENTIAL",
            "is interested but not buying yet", "有兴趣但尚未购买");
    static final Signal LIFECYCLE_NEW = new Signal(LIFECYCLE, "NEW",
            "has just made a first purchase", "刚完成首次购买");
    static final Signal RFM_NEW = new Signal(RFM_SEGMENT, "NEW",
            "bought for the first time very recently", "最近刚第一次购买");
    static final Signal LIFECYCLE_ONE_TIME = new Signal(LIFECYCLE, "ONE_TIME",
            "bought once and has not come back since", "只买过一次，之后再没回来");
    static final Signal BEHAVIOUR_ONE_TIME = new Signal(BEHAVIOUR, "ONE_TIME",
            "has bought only once so far", "目前只买过一次");
    static final Signal CHAMPIONS = new Signal(RFM_SEGMENT, "CHAMPIONS",
            "buys recently, often and the most", "近期、高频、高消费");
    static final Signal MATURE = new Signal(LIFECYCLE, "MATURE",
            "buys at a stable, high level", "购买稳定且处于高水平");
    static final Signal BEHAVIOUR_LOYAL = new Signal(BEHAVIOUR, "LOYAL",
            "has bought loyally for a long time", "长期忠诚购买");
    static final Signal RFM_LOYAL = new Signal(RFM_SEGMENT, "LOYAL",
            "buys regularly and spends well", "定期回购且消费可观");
    static final Signal INFLUENCE_CHAMPION = new Signal(INFLUENCE, "CHAMPION",
            "spends a lot and brings in many new customers", "消费高，还带来了许多新客户");
    static final Signal ADVOCATE = new Signal(INFLUENCE, "ADVOCATE",
            "brings in many new customers", "带来了许多新客户");
    static final Signal SINGLE_CATEGORY = new Signal(BREADTH, "SINGLE_CATEGORY",
            "buys from one category only", "只购买一个品类");
    static final Signal FOCUSED = new Signal(BREADTH, "FOCUSED",
            "buys from a few categories only", "只购买少数几个品类");
    static final Signal GROWING = new Signal(LIFECYCLE, "GROWING",
            "is buying more and more", "购买越来越多");
    static final Signal POTENTIAL_LOYALIST = new Signal(RFM_SEGMENT, "POTENTIAL_LOYALIST",
            "has made a good start with a few orders", "已有几单，开局良好");
    static final Signal PROMISING = new Signal(RFM_SEGMENT, "PROMISING",
            "bought recently but only a little", "近期买过，但买得不多");
    static final Signal UNSTABLE = new Signal(BEHAVIOUR, "UNSTABLE",
            "buys irregularly", "购买时断时续");

    private Signals() {
    }
}
