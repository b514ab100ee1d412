package org.perfeval.selfevaluation;

import static org.perfeval.selfevaluation.IndicatorTemplate.atLeast;
import static org.perfeval.selfevaluation.IndicatorTemplate.atMost;
import static org.perfeval.selfevaluation.IndicatorTemplate.exact;
import static org.perfeval.selfevaluation.IndicatorTemplate.percent;
import static org.perfeval.selfevaluation.IndicatorTemplate.qualitative;

import java.util.List;

/**
 * What generated forms are made of: counties, the sectors whose departments fill forms (each with its
 * units, projects and the indicators that only it has), the indicators every sector shares, and the
 * explanations units write. Names as county forms in Shanxi print them.
 */
final class FormCatalogue {

    private FormCatalogue() {
    }

    static final List<String> COUNTIES = List.of("榆次区", "太谷区", "祁县", "平遥县", "介休市", "灵石县", "寿阳县", "昔阳县",
            "和顺县", "左权县", "榆社县");

    /** A sector: the department's name after the county's, its units, its projects and its own indicators. */
    record Sector(String department, List<String> units, List<String> projects, List<IndicatorTemplate> quantities,
                  List<IndicatorTemplate> costs, List<IndicatorTemplate> socialBenefits) {
    }

    static final List<Sector> SECTORS = List.of(
            new Sector("水利局", List.of("水利服务中心", "农村供水管理站", "河湖事务中心"),
                    List.of("农村饮水安全巩固提升工程", "小型水库除险加固项目", "河道综合治理工程", "高效节水灌溉项目", "山洪灾害防治项目"),
                    List.of(atLeast("维修改造供水工程数量", "处", 5, 30, 0), atLeast("新建供水管网长度", "公里", 3, 40, 1),
                            atLeast("新打机井数量", "眼", 2, 15, 0), atLeast("治理河道长度", "公里", 2, 20, 1),
                            atLeast("新增节水灌溉面积", "万亩", 0.5, 5, 1), atLeast("安装水质净化设备", "套", 3, 20, 0)),
                    List.of(atMost("单处工程平均成本", "万元", 5, 30, 1), atMost("每公里管网建设成本", "万元", 10, 60, 1),
                            atMost("单眼机井建设成本", "万元", 8, 25, 1)),
                    List.of(atLeast("受益人口", "万人", 0.5, 8, 1), atLeast("改善灌溉面积", "万亩", 0.5, 6, 1),
                            percent("农村自来水普及率", 85, 95))),
            new Sector("农业农村局", List.of("农业技术推广中心", "农村经济服务中心", "动物疫病预防控制中心"),
                    List.of("高标准农田建设项目", "农业社会化服务项目", "动物防疫补助项目", "农作物病虫害统防统治项目", "乡村振兴示范村建设项目"),
                    List.of(atLeast("建设高标准农田面积", "万亩", 0.5, 5, 1), atLeast("开展农民技术培训", "人次", 200, 3000, 0),
                            atLeast("示范推广新品种", "个", 3, 15, 0), atLeast("动物强制免疫数量", "万头", 1, 50, 1),
                            atLeast("统防统治面积", "万亩", 1, 20, 1), atLeast("扶持新型农业经营主体", "家", 5, 40, 0)),
                    List.of(atMost("亩均建设成本", "元", 1200, 3000, 0), atMost("人均培训成本", "元", 300, 1200, 0),
                            atMost("每头免疫成本", "元", 2, 10, 1)),
                    List.of(atLeast("带动农户增收", "元/户", 300, 2000, 0), atLeast("新增粮食产能", "万斤", 50, 800, 0),
                            percent("农作物病虫害防控处置率", 85, 95))),
            new Sector("教育局", List.of("第一中学", "实验小学", "职业中学", "教师进修学校"),
                    List.of("义务教育薄弱环节改善项目", "学生营养改善计划", "教师能力提升培训项目", "校舍维修改造项目", "学前教育发展项目"),
                    List.of(atLeast("受资助学生人数", "人", 300, 5000, 0), atLeast("维修改造校舍面积", "平方米", 500, 8000, 0),
                            atLeast("培训教师人数", "人次", 100, 1500, 0), atLeast("购置教学设备", "台套", 20, 300, 0),
                            atLeast("新增学位数", "个", 50, 600, 0)),
                    List.of(atMost("生均膳食补助标准", "元/天", 4, 5, 1), atMost("校舍维修单位面积成本", "元/平方米", 300, 1200, 0),
                            atMost("人均培训经费", "元", 500, 2000, 0)),
                    List.of(percent("义务教育巩固率", 90, 95), atLeast("受益学生", "人", 500, 8000, 0))),
            new Sector("卫生健康局", List.of("人民医院", "疾病预防控制中心", "妇幼保健计划生育服务中心"),
                    List.of("基本公共卫生服务项目", "医疗设备购置项目", "家庭医生签约服务项目", "妇幼健康服务项目"),
                    List.of(atLeast("建立居民健康档案", "万份", 1, 30, 1), atLeast("购置医疗设备", "台", 5, 60, 0),
                            atLeast("开展健康教育讲座", "场", 10, 120, 0), atLeast("孕产妇系统管理人数", "人", 200, 3000, 0),
                            atLeast("家庭医生签约人数", "万人", 0.5, 10, 1)),
                    List.of(atMost("单台设备平均采购成本", "万元", 5, 80, 1), atMost("人均基本公共卫生服务成本", "元", 50, 200, 0)),
                    List.of(percent("居民电子健康档案建档率", 80, 90), atLeast("服务群众", "万人次", 1, 20, 1))),
            new Sector("交通运输局", List.of("公路管理段", "农村公路养护中心"),
                    List.of("农村公路提质改造工程", "危桥改造项目", "公路安全生命防护工程", "农村客运补贴项目"),
                    List.of(atLeast("改造农村公路里程", "公里", 5, 60, 1), atLeast("改造危桥数量", "座", 2, 8, 0),
                            atLeast("设置波形护栏", "公里", 2, 30, 1), atLeast("补贴农村客运线路", "条", 5, 40, 0)),
                    List.of(atMost("每公里改造成本", "万元", 30, 120, 1), atMost("单座危桥改造成本", "万元", 50, 300, 1)),
                    List.of(atLeast("惠及沿线群众", "万人", 0.5, 6, 1), percent("建制村通客车率", 90, 95))),
            new Sector("文化和旅游局", List.of("图书馆", "文化馆", "文物保护中心"),
                    List.of("公共文化服务体系建设项目", "文物保护修缮工程", "送戏下乡项目", "全民阅读推广项目"),
                    List.of(atLeast("送戏下乡演出场次", "场", 20, 200, 0), atLeast("新增图书藏量", "万册", 0.5, 5, 1),
                            atLeast("修缮文物建筑面积", "平方米", 200, 3000, 0), atLeast("举办阅读推广活动", "场", 10, 80, 0)),
                    List.of(atMost("每场演出补助标准", "万元", 0.5, 2, 1), atMost("单位面积修缮成本", "元/平方米", 800, 3000, 0)),
                    List.of(atLeast("服务群众", "万人次", 1, 20, 1), percent("公共文化设施免费开放率", 90, 95))));

    static final List<IndicatorTemplate> QUALITY = List.of(exact("工程验收合格率"), percent("设备完好率", 90, 95),
            percent("培训合格率", 85, 95), exact("资金使用合规率"), percent("档案资料完整率", 90, 95),
            qualitative("建设标准", "符合国家及行业标准", "符合"), qualitative("服务质量", "达到规定要求", "达到要求"));

    static final List<IndicatorTemplate> TIMELINESS = List.of(percent("项目完成及时率", 90, 95), exact("资金拨付及时率"),
            qualitative("项目开工时间", "{year}年6月底前", "按期开工"), qualitative("项目完工时间", "{year}年12月底前", "按期完工"),
            atMost("审批办结时限", "个工作日", 15, 30, 0));

    static final List<IndicatorTemplate> ECONOMIC = List.of(atLeast("带动就业", "人", 10, 200, 0),
            atLeast("节约群众支出", "万元", 10, 100, 1), qualitative("对当地经济发展的带动作用", "有所增强", "明显增强"));

    static final List<IndicatorTemplate> ECOLOGICAL = List.of(atLeast("节约用水量", "万立方米", 5, 50, 1),
            qualitative("生态环境", "有所改善", "明显改善"), qualitative("节能减排", "符合环保要求", "符合"));

    static final List<IndicatorTemplate> SUSTAINABLE = List.of(qualitative("长效管护机制", "健全", "健全"),
            qualitative("项目持续发挥效益年限", "≥10年", "预计10年以上"), qualitative("运行维护制度", "建立并落实", "已建立并落实"),
            qualitative("群众参与度", "逐步提高", "明显提高"));

    static final List<IndicatorTemplate> SATISFACTION = List.of(percent("受益群众满意度", 85, 95), percent("服务对象满意度", 80, 90),
            percent("群众满意率", 90, 95), percent("参与单位满意度", 80, 90));

    /** Targets of a 数量 indicator without a number, as the desk review finds them. */
    static final List<String> UNQUANTIFIED = List.of("按计划完成", "完成年度建设任务", "逐步增加", "全面覆盖");

    static final List<String> DEDUCTION_REASONS = List.of("受汛期影响部分工程延期，已督促施工单位加快进度，次年一季度完成",
            "部分乡镇前期摸底数据偏高，下一步将加强需求调研，科学设定指标",
            "受原材料价格上涨影响未能全部完成，剩余任务纳入下年度计划",
            "项目审批环节耗时较长，后续将提前做好前期准备工作");

    static final List<String> OVERACHIEVEMENT_REASONS = List.of("上级追加任务，超额完成年度目标",
            "群众参与积极性高，实际完成数超出计划，今后将结合往年完成情况合理设定指标值",
            "整合相关项目资金，扩大了实施范围");

    static final List<String> OVERSTATED_REASONS = List.of("因资金到位较晚，部分任务未完成",
            "受天气影响施工期缩短，未达到年度指标值", "个别标段变更设计，工程量减少");
}
