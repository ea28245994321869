<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Gtm::Aggregation</name>
    <message>
        <source>Arithmetic mean</source>
        <translation>算术平均</translation>
    </message>
    <message>
        <source>Geometric mean</source>
        <translation>几何平均</translation>
    </message>
</context>
<context>
    <name>Gtm::AiCategory</name>
    <message>
        <source>Employee productivity</source>
        <translation>员工生产力</translation>
    </message>
    <message>
        <source>Business intelligence</source>
        <translation>商业智能</translation>
    </message>
    <message>
        <source>Customer management</source>
        <translation>客户管理</translation>
    </message>
    <message>
        <source>HR &amp; talent</source>
        <translation>人力资源与人才</translation>
    </message>
    <message>
        <source>B2B sales &amp; marketing</source>
        <translation>B2B 销售与营销</translation>
    </message>
    <message>
        <source>Consumer insights</source>
        <translation>消费者洞察</translation>
    </message>
    <message>
        <source>Finance &amp; operations</source>
        <translation>财务与运营</translation>
    </message>
    <message>
        <source>Security &amp; risk</source>
        <translation>安全与风险</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation>客户体验</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>Gtm::Amounts</name>
    <message>
        <source>USD %1 bn</source>
        <translation>%1 十亿美元</translation>
    </message>
    <message>
        <source>USD %1</source>
        <translation>%1 美元</translation>
    </message>
</context>
<context>
    <name>Gtm::Application</name>
    <message>
        <source>GTM Workbench</source>
        <translation>GTM Workbench</translation>
    </message>
</context>
<context>
    <name>Gtm::Brief</name>
    <message>
        <source>Readiness (rank)</source>
        <translation>就绪度（排名）</translation>
    </message>
    <message>
        <source>Risk (rank)</source>
        <translation>风险（排名）</translation>
    </message>
    <message>
        <source>Quadrant in the runs</source>
        <translation>运行中的象限</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Rank: of the scores, among all %1 verticals. Quadrant in the runs: the quadrant most of the %2 robustness runs put the vertical in, and how often; a call is robust from %3 %. Data: the share of the readiness and of the risk index&apos;s weight that rests on values present; below %4 % a score is provisional and never goes first. Go first: the %5 readiest robust go calls.</source>
        <translation>排名：按得分在全部 %1 个行业中的名次。运行中的象限：%2 次稳健性运行中最常把该行业归入的象限及其比例；达到 %3% 即为稳健判断。数据：就绪度指数和风险指数中有数据支撑的权重比例；低于 %4% 的得分为暂定，且不会被列为优先进入。优先进入：就绪度最高的 %5 个稳健推进判断。</translation>
    </message>
    <message>
        <source>Recommendation: %1.</source>
        <translation>建议：%1。</translation>
    </message>
    <message>
        <source>Data coverage: readiness %1 %, risk %2 % of the index&apos;s weight.</source>
        <translation>数据覆盖：就绪度 %1%，风险 %2%（占该指数权重）。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>%1: go-to-market brief</source>
        <translation>%1：市场进入简报</translation>
    </message>
    <message>
        <source>none (a score is missing)</source>
        <translation>无（缺少评分）</translation>
    </message>
    <message>
        <source>There is no vertical named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的垂直行业。</translation>
    </message>
    <message>
        <source>The workspace has no verticals, so there is nothing to brief.</source>
        <translation>工作区中没有垂直行业，因此无可简报内容。</translation>
    </message>
    <message>
        <source>The scoring model has problems, so there are no scores to brief: %1</source>
        <translation>评分模型有问题，因此没有可简报的评分：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Vertical profiles</source>
        <translation>垂直行业概况</translation>
    </message>
    <message>
        <source>One page per vertical: its scores and what drives them, then its four dimensions as the product team filled them in.</source>
        <translation>每个垂直行业一页：其评分及驱动因素，以及产品团队填写的四个维度。</translation>
    </message>
    <message>
        <source>No section was chosen.</source>
        <translation>未选择任何章节。</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Every claimed value is framed as savings: customers adopt AI for the opportunity it opens, so lead with that.</source>
        <translation>所有主张的价值都以节省来阐述：客户采用 AI 是为了它带来的机会，因此应以机会为先。</translation>
    </message>
    <message>
        <source>Product and go-to-market plan</source>
        <translation>产品与市场进入计划</translation>
    </message>
    <message>
        <source>Category: %1. Modality: %2.</source>
        <translation>类别：%1。模态：%2。</translation>
    </message>
    <message>
        <source>Target market</source>
        <translation>目标市场</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>价值主张</translation>
    </message>
    <message>
        <source>Value driver</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Framed as</source>
        <translation>阐述方式</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Buyer personas</source>
        <translation>购买者角色</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>In the buying committee</source>
        <translation>在采购委员会中的角色</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>顾虑</translation>
    </message>
    <message>
        <source>Must be able to explain</source>
        <translation>必须能够解释</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>模式：%1。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>价格（美元）</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <source>Marketing and promotion</source>
        <translation>营销与推广</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>预算（美元）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Readiness against risk</source>
        <translation>就绪度与风险</translation>
    </message>
    <message>
        <source>Each bubble is a vertical; its area is the vertical&apos;s market size. The dashed lines are the model&apos;s thresholds (readiness %1, risk %2).</source>
        <translation>每个气泡代表一个垂直行业，面积表示其市场规模。虚线是模型的阈值（就绪度 %1，风险 %2）。</translation>
    </message>
    <message>
        <source>Each axis is an index or one of its dimensions, 0 at the centre and 100 at the rim. On the risk axes, further out is riskier.</source>
        <translation>每个轴是一个指数或其维度之一，中心为 0，边缘为 100。在风险轴上，越靠外风险越大。</translation>
    </message>
    <message>
        <source>How robust the ranking is</source>
        <translation>排名的稳健性</translation>
    </message>
    <message>
        <source>%1 scorings, each with every weight drawn within ±25 % of its value and one of four normalisations (OECD/JRC Handbook on Constructing Composite Indicators, 2008).</source>
        <translation>%1 次评分，每次在各权重值的 ±25 % 范围内随机取值，并采用四种标准化方法之一（OECD/JRC《构建综合指标手册》，2008）。</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>第 %1 名（共 %2 个）</translation>
    </message>
    <message>
        <source>What drives the scores</source>
        <translation>评分的驱动因素</translation>
    </message>
    <message>
        <source>Adds most to readiness</source>
        <translation>对就绪度贡献最大</translation>
    </message>
    <message>
        <source>Adds most to risk</source>
        <translation>对风险贡献最大</translation>
    </message>
    <message>
        <source>No challenges recorded yet.</source>
        <translation>尚未记录挑战。</translation>
    </message>
    <message>
        <source>Who wins:</source>
        <translation>受益者：</translation>
    </message>
    <message>
        <source>Who loses:</source>
        <translation>受损者：</translation>
    </message>
    <message>
        <source>Other indicators</source>
        <translation>其他指标</translation>
    </message>
    <message>
        <source>Appendix: how the scores are made</source>
        <translation>附录：评分的计算方法</translation>
    </message>
    <message>
        <source>The scores come from the model &quot;%1&quot;, a composite indicator built as the OECD/JRC Handbook on Constructing Composite Indicators (2008) describes: each indicator is normalised to 0–1 (goalposts, min–max, z-score or rank), weighted, and aggregated up its index&apos;s tree by a weighted arithmetic or geometric mean; the index is reported 0–100. A missing value is never read as zero: %2</source>
        <translation>评分来自模型“%1”，这是按照 OECD/JRC《构建综合指标手册》（2008）构建的综合指标：每个指标被标准化为 0–1（目标值区间、最小–最大、z 分数或排名），加权后沿指数树以加权算术平均或几何平均逐级汇总；指数以 0–100 报告。缺失值绝不视为零：%2</translation>
    </message>
    <message>
        <source>it is left out and its weight shared among its siblings.</source>
        <translation>该值被剔除，其权重由同级指标分担。</translation>
    </message>
    <message>
        <source>a vertical missing one gets no score.</source>
        <translation>缺少该值的垂直行业不予评分。</translation>
    </message>
    <message>
        <source>A vertical is ready at a readiness of %1 or more and risky at a risk of %2 or more, which gives the four quadrants.</source>
        <translation>就绪度达到 %1 及以上视为就绪，风险达到 %2 及以上视为高风险，由此形成四个象限。</translation>
    </message>
    <message>
        <source>Dimension or indicator</source>
        <translation>维度或指标</translation>
    </message>
    <message>
        <source>Share of its parent</source>
        <translation>占上级的比重</translation>
    </message>
    <message>
        <source>Share of the index</source>
        <translation>占指数的比重</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>, of the logarithm</source>
        <translation>，取对数后</translation>
    </message>
    <message>
        <source>For a dimension, the last column but one is how its children are aggregated. Shares are the weights after normalising siblings to 1.</source>
        <translation>对于维度，倒数第二列表示其下级的汇总方式。比重是同级权重归一化为 1 后的权重。</translation>
    </message>
    <message>
        <source>Appendix: reference figures</source>
        <translation>附录：参考数据</translation>
    </message>
    <message>
        <source>The published figures the method rests on, with their sources. Values in the worksheets that were taken from them carry the source too.</source>
        <translation>本方法所依据的已发表数据及其来源。工作表中取自这些数据的数值也标注了来源。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Go-to-market brief</source>
        <translation>市场进入简报</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>GO-TO-MARKET BRIEF</source>
        <translation>市场进入简报</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>编写人：%1</translation>
    </message>
    <message>
        <source>go-to-market, AI readiness, risk, verticals</source>
        <translation>市场进入, AI 就绪度, 风险, 垂直行业</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Decision summary</source>
        <translation>决策摘要</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场规模</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标季度</translation>
    </message>
    <message>
        <source>What we ask for</source>
        <translation>我们的请求</translation>
    </message>
    <message>
        <source>Top risks and how they are kept in check</source>
        <translation>主要风险及其控制措施</translation>
    </message>
    <message>
        <source>Assumptions and data gaps</source>
        <translation>假设与数据缺口</translation>
    </message>
    <message>
        <source>What would change the decision</source>
        <translation>什么会改变这一决策</translation>
    </message>
    <message>
        <source>All %1 candidate verticals are in this brief.</source>
        <translation>本简报涵盖全部 %1 个候选垂直行业。</translation>
    </message>
    <message>
        <source>%1 of the %2 candidate verticals are in this brief.</source>
        <translation>本简报涵盖 %2 个候选垂直行业中的 %1 个。</translation>
    </message>
    <message>
        <source>Each is scored 0–100 for AI potential (readiness) and for risk; a call counts as robust when it holds across %1 rescorings with the weights and methods varied.</source>
        <translation>每个行业按 0–100 分评估 AI 潜力（就绪度）和风险；在权重与方法均有变动的 %1 次重新评分中保持不变的判断，才算作稳健判断。</translation>
    </message>
    <message>
        <source>The product&apos;s value rests on %1 of the nine value drivers; %2 of them are framed as an opportunity rather than as savings.</source>
        <translation>产品的价值建立在九个价值驱动因素中的 %1 个之上，其中 %2 个以机会而非节省来阐述。</translation>
    </message>
    <message>
        <source>%1 candidate vertical assessed</source>
        <translation>已评估 %1 个候选垂直行业</translation>
    </message>
    <message>
        <source>%1 candidate verticals assessed</source>
        <translation>已评估 %1 个候选垂直行业</translation>
    </message>
    <message>
        <source>%1 challenge</source>
        <translation>%1 项挑战</translation>
    </message>
    <message>
        <source>%1 challenges</source>
        <translation>%1 项挑战</translation>
    </message>
    <message>
        <source>must explain up to &lt;b&gt;%1&lt;/b&gt; of 5</source>
        <translation>可解释性要求最高 &lt;b&gt;%1&lt;/b&gt;（满分 5）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; technology first (red flag)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 项技术优先（危险信号）</translation>
    </message>
    <message>
        <source>The four dimensions</source>
        <translation>四个维度</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>In the team&apos;s words</source>
        <translation>团队的描述</translation>
    </message>
    <message>
        <source>Sources of the worksheets&apos; values</source>
        <translation>工作表数值的来源</translation>
    </message>
    <message>
        <source>The one candidate vertical is in this brief.</source>
        <translation>本简报涵盖唯一的候选垂直行业。</translation>
    </message>
    <message>
        <source>The chosen verticals compared</source>
        <translation>所选垂直行业比较</translation>
    </message>
    <message>
        <source>The verticals chosen for this brief: %1.</source>
        <translation>本简报所选的垂直行业：%1。</translation>
    </message>
    <message>
        <source>The go-first wave compared</source>
        <translation>优先进入批次比较</translation>
    </message>
    <message>
        <source>The recommendation&apos;s go-first wave, the first %1 of its %2 verticals: %3.</source>
        <translation>建议中的优先进入批次，其 %2 个垂直行业中的前 %1 个：%3。</translation>
    </message>
    <message>
        <source>The recommendation&apos;s go-first wave, the verticals to take to market first: %1.</source>
        <translation>建议中的优先进入批次，即最先进入市场的垂直行业：%1。</translation>
    </message>
    <message>
        <source>The first verticals of the recommendation compared</source>
        <translation>建议中排在最前的垂直行业比较</translation>
    </message>
    <message>
        <source>The go-first wave has fewer than two verticals, so these are the first %1 in the recommendation&apos;s order: %2.</source>
        <translation>优先进入批次不足两个垂直行业，因此这里比较按建议顺序排在最前的 %1 个：%2。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a score and its rank</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Gtm::BriefDialog</name>
    <message>
        <source>PDF/&amp;A-1b, for archiving</source>
        <translation>PDF/A-1b，用于归档(&amp;A)</translation>
    </message>
    <message>
        <source>Export GTM Brief</source>
        <translation>导出 GTM 简报</translation>
    </message>
    <message>
        <source>Verticals in the brief</source>
        <translation>简报中的垂直行业</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>全部(&amp;L)</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>无(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Verticals</source>
        <translation>垂直行业(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Executive summary</source>
        <translation>执行摘要(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Product and GTM plan</source>
        <translation>产品与 GTM 计划(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;harts (map, radar, robustness)</source>
        <translation>图表（气泡图、雷达图、稳健性）(&amp;H)</translation>
    </message>
    <message>
        <source>A page per ve&amp;rtical</source>
        <translation>每个垂直行业一页(&amp;R)</translation>
    </message>
    <message>
        <source>Appendix: scoring &amp;method</source>
        <translation>附录：评分方法(&amp;M)</translation>
    </message>
    <message>
        <source>Appendix: re&amp;ference figures</source>
        <translation>附录：参考数据(&amp;F)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸 (Letter)</translation>
    </message>
    <message>
        <source>Who the brief is from</source>
        <translation>简报的编写人</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>页面大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>作者(&amp;U)：</translation>
    </message>
    <message>
        <source>PDF/A-1b for long-term archiving: fonts embedded, no transparency.</source>
        <translation>PDF/A-1b 用于长期归档：嵌入字体，不使用透明效果。</translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
        <translation>预览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Laying the brief out…</source>
        <translation>正在排版简报…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Brief Preview</source>
        <translation>简报预览</translation>
    </message>
</context>
<context>
    <name>Gtm::BriefExport</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Gtm::ChannelKind</name>
    <message>
        <source>Direct sales</source>
        <translation>直销</translation>
    </message>
    <message>
        <source>System integrator</source>
        <translation>系统集成商</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Cloud marketplace</source>
        <translation>云市场</translation>
    </message>
    <message>
        <source>OEM / embedded</source>
        <translation>OEM / 嵌入式</translation>
    </message>
    <message>
        <source>Referral partner</source>
        <translation>推荐合作伙伴</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Gtm::ChartRender</name>
    <message>
        <source>A chart is 100 to 10,000 pixels wide and high; %1 × %2 is not possible.</source>
        <translation>图表的宽度和高度须在 100 到 10,000 像素之间；%1 × %2 不可行。</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Gtm::ChartView</name>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Copy at &amp;Size…</source>
        <translation>按指定尺寸复制(&amp;S)…</translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg, not .%1.</source>
        <translation>图表只能导出为 .png 或 .svg，不能导出为 .%1。</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>Gtm::ChartsPage</name>
    <message>
        <source>&amp;Run Again</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Readiness × risk map</source>
        <translation>就绪度 × 风险图</translation>
    </message>
    <message>
        <source>Radar comparison</source>
        <translation>雷达图比较</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>评分理由</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>稳健性</translation>
    </message>
    <message>
        <source>Readiness and risk map</source>
        <translation>就绪度与风险图</translation>
    </message>
    <message>
        <source>Verticals to compare</source>
        <translation>要比较的垂直行业</translation>
    </message>
    <message>
        <source>Com&amp;pare two to six:</source>
        <translation>比较两到六个(&amp;P)：</translation>
    </message>
    <message>
        <source>The selected vertical</source>
        <translation>所选垂直行业</translation>
    </message>
    <message>
        <source>All verticals, stacked</source>
        <translation>全部垂直行业（堆叠）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation>指数(&amp;I)：</translation>
    </message>
    <message>
        <source>Rank intervals</source>
        <translation>排名区间</translation>
    </message>
    <message>
        <source>Quadrant shares</source>
        <translation>象限占比</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>How many times the scores are computed with perturbed weights and another normalisation.</source>
        <translation>使用扰动权重和另一种标准化方法重新计算评分的次数。</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>± </source>
        <translation>±</translation>
    </message>
    <message>
        <source>Weight spread</source>
        <translation>权重浮动范围</translation>
    </message>
    <message>
        <source>Each weight of the model is drawn within this share of its value.</source>
        <translation>模型的每个权重在其数值的这一比例范围内随机取值。</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Dis&amp;play:</source>
        <translation>显示(&amp;P)：</translation>
    </message>
    <message>
        <source>I&amp;ndex:</source>
        <translation>指数(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>运行次数(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Weights within:</source>
        <translation>权重浮动范围(&amp;W)：</translation>
    </message>
    <message>
        <source>At most %1 verticals: uncheck one first.</source>
        <translation>最多 %1 个垂直行业：请先取消勾选一个。</translation>
    </message>
    <message>
        <source>A break in an outline is a score the vertical does not have.</source>
        <translation>轮廓线中的断开处表示该垂直行业缺少此项得分。</translation>
    </message>
    <message>
        <source>%1: %2 (rank %3 of %4)</source>
        <translation>%1：%2（第 %3 名，共 %4 个）</translation>
    </message>
    <message>
        <source>Quadrant: %1</source>
        <translation>象限：%1</translation>
    </message>
    <message>
        <source>Market size: not given</source>
        <translation>市场规模：未填写</translation>
    </message>
    <message>
        <source>Adds most to %1: %2</source>
        <translation>对%1贡献最大：%2</translation>
    </message>
    <message>
        <source>No robustness analysis: the scoring model has problems.</source>
        <translation>无法进行稳健性分析：评分模型有问题。</translation>
    </message>
    <message>
        <source>%1 runs over %2 verticals would need more than 1 GB; choose fewer runs.</source>
        <translation>对 %2 个垂直行业进行 %1 次运行需要超过 1 GB 内存；请减少运行次数。</translation>
    </message>
    <message>
        <source>Running %1 scorings with perturbed weights and normalisations…</source>
        <translation>正在使用扰动的权重和标准化方法进行 %1 次评分…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The robustness analysis failed: %1</source>
        <translation>稳健性分析失败：%1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 runs (%3 s); the charts show those runs.</source>
        <translation>已在 %2 次运行中的第 %1 次后取消（%3 秒）；图表显示已完成的运行。</translation>
    </message>
    <message>
        <source>%1 runs in %2 s: each weight drawn within ±%3 % of its value, and one of the model&apos;s own, min–max, z-score or rank normalisation per run (OECD/JRC Handbook, 2008).</source>
        <translation>%2 秒内完成 %1 次运行：每个权重在其数值的 ±%3% 范围内随机取值，每次运行采用模型自身、最小–最大、z 分数或排名标准化方法之一（OECD/JRC 手册，2008）。</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Market size: %1</source>
        <translation>市场规模：%1</translation>
    </message>
</context>
<context>
    <name>Gtm::CommandLine</name>
    <message>
        <source>%1 vertical</source>
        <translation>%1 个垂直行业</translation>
    </message>
    <message>
        <source>%1 verticals</source>
        <translation>%1 个垂直行业</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>Run &quot;gtm-workbench --help&quot; for the usage.</source>
        <translation>运行“gtm-workbench --help”查看用法。</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; needs a value; usage: %2</source>
        <translation>选项“%1”需要一个值；用法：%2</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is given twice</source>
        <translation>选项“%1”重复给出</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; usage: %2</source>
        <translation>未知选项“%1”；用法：%2</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>already exists; choose another name or remove it first</source>
        <translation>已存在；请换一个名称，或先将其删除</translation>
    </message>
    <message>
        <source>Created %1: the sample workspace (%2).</source>
        <translation>已创建 %1：示例工作区（%2）。</translation>
    </message>
    <message>
        <source>Created %1: an empty workspace.</source>
        <translation>已创建 %1：空工作区。</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3 added, %4 updated, %5 set.</source>
        <translation>已将 %1 导入 %2：新增 %3，更新 %4，设置 %5。</translation>
    </message>
    <message>
        <source>Cleared %1 given as null.</source>
        <translation>已清除以 null 给出的 %1。</translation>
    </message>
    <message>
        <source>Created custom indicator %1</source>
        <translation>已创建自定义指标 %1</translation>
    </message>
    <message>
        <source>the export file must end in .csv or .json: &quot;%1&quot;</source>
        <translation>导出文件必须以 .csv 或 .json 结尾：“%1”</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>there is no scenario named &quot;%1&quot;</source>
        <translation>没有名为“%1”的情景</translation>
    </message>
    <message>
        <source>invalid scoring model: %1</source>
        <translation>评分模型无效：%1</translation>
    </message>
    <message>
        <source>give --model or --scenario, not both; usage: %1</source>
        <translation>请给出 --model 或 --scenario，不能同时给出；用法：%1</translation>
    </message>
    <message>
        <source>--sensitivity takes a number of runs from 1 to 1000000</source>
        <translation>--sensitivity 的运行次数须为 1 到 1000000</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0</source>
        <translation>--seed 须为 0 或以上的整数</translation>
    </message>
    <message>
        <source>--seed only applies with --sensitivity</source>
        <translation>--seed 仅与 --sensitivity 一起使用</translation>
    </message>
    <message>
        <source>--sensitivity %1 over %2 needs too much memory; at most %3 runs</source>
        <translation>对 %2 进行 --sensitivity %1 需要的内存过多；最多 %3 次运行</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;</source>
        <translation>--format 必须是 table、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--runs takes a number of runs from 1 to 1000000</source>
        <translation>--runs 的运行次数须为 1 到 1000000</translation>
    </message>
    <message>
        <source>--runs %1 over %2 needs too much memory</source>
        <translation>对 %2 进行 --runs %1 需要的内存过多</translation>
    </message>
    <message>
        <source>give one of --list, --add, --remove and --compare; usage: %1</source>
        <translation>请给出 --list、--add、--remove 和 --compare 中的一个；用法：%1</translation>
    </message>
    <message>
        <source>--add NAME needs --model M.json, and --model goes with --add</source>
        <translation>--add NAME 需要 --model M.json，且 --model 只能与 --add 一起使用</translation>
    </message>
    <message>
        <source>%1 only applies with --compare</source>
        <translation>%1 仅与 --compare 一起使用</translation>
    </message>
    <message>
        <source>%1 has no scenarios.</source>
        <translation>%1 没有情景。</translation>
    </message>
    <message>
        <source>%1  (model &quot;%2&quot;)</source>
        <translation>%1  （模型“%2”）</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>情景需要一个名称</translation>
    </message>
    <message>
        <source>there is already a scenario named &quot;%1&quot;</source>
        <translation>已有名为“%1”的情景</translation>
    </message>
    <message>
        <source>Added the scenario &quot;%1&quot; to %2.</source>
        <translation>已将情景“%1”添加到 %2。</translation>
    </message>
    <message>
        <source>Removed the scenario &quot;%1&quot; from %2.</source>
        <translation>已从 %2 中删除情景“%1”。</translation>
    </message>
    <message>
        <source>the scenario &quot;%1&quot; has an invalid scoring model: %2</source>
        <translation>情景“%1”的评分模型无效：%2</translation>
    </message>
    <message>
        <source>say where the brief goes with -o BRIEF.pdf; usage: %1</source>
        <translation>请用 -o BRIEF.pdf 指定简报的输出位置；用法：%1</translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN, not &quot;%1&quot;</source>
        <translation>--lang 必须是 en 或 zh_CN，而不是“%1”</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size 必须是 A4 或 Letter，而不是“%1”</translation>
    </message>
    <message>
        <source>--verticals takes the names of verticals, separated by commas</source>
        <translation>--verticals 接受垂直行业名称，以逗号分隔</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages.</source>
        <translation>已写入 %1：共 %2 页。</translation>
    </message>
    <message>
        <source>give --set or --get, not both; usage: %1</source>
        <translation>请给出 --set 或 --get，不能同时给出；用法：%1</translation>
    </message>
    <message>
        <source>Wrote the scoring model of %1 to %2.</source>
        <translation>已将 %1 的评分模型写入 %2。</translation>
    </message>
    <message>
        <source>Set the scoring model of %1 to &quot;%2&quot; (%3).</source>
        <translation>已将 %1 的评分模型设为“%2”（%3）。</translation>
    </message>
    <message>
        <source>%1 indicator</source>
        <translation>%1 个指标</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>%1 个指标</translation>
    </message>
    <message>
        <source>%1
Missing values: %2. Quadrant thresholds: readiness %3, risk %4.
</source>
        <translation>%1
缺失值：%2。象限阈值：就绪度 %3，风险 %4。
</translation>
    </message>
    <message>
        <source>The model is not valid: %1
</source>
        <translation>模型无效：%1
</translation>
    </message>
    <message>
        <source>%1: OK (file format %2, %3, %4)</source>
        <translation>%1：正常（文件格式 %2，%3，%4）</translation>
    </message>
    <message>
        <source>%1 indicator value</source>
        <translation>%1 个指标值</translation>
    </message>
    <message>
        <source>%1 indicator values</source>
        <translation>%1 个指标值</translation>
    </message>
    <message>
        <source>; it will be upgraded to file format %1 when next saved</source>
        <translation>；下次保存时将升级为文件格式 %1</translation>
    </message>
    <message>
        <source>no sub-command given</source>
        <translation>未给出子命令</translation>
    </message>
    <message>
        <source>unknown option or sub-command &quot;%1&quot;</source>
        <translation>未知选项或子命令“%1”</translation>
    </message>
    <message>
        <source>--sample-lang needs --sample; usage: %1</source>
        <translation>--sample-lang 需要与 --sample 一起使用；用法：%1</translation>
    </message>
    <message>
        <source>--sample-lang must be en or zh_CN, not &quot;%1&quot;</source>
        <translation>--sample-lang 必须是 en 或 zh_CN，而不是“%1”</translation>
    </message>
    <message>
        <source>Creates a workspace file: empty, or with --sample the sample workspace
(ClauseLens, 12 verticals) in the language of --sample-lang, or else of
the environment (LANG). An existing file is never overwritten.</source>
        <translation>创建工作区文件：默认为空工作区；使用 --sample 时创建示例工作区
（ClauseLens，12 个垂直行业），语言取自 --sample-lang，未指定时取自
环境（LANG）。不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Scores every vertical: AI potential (readiness) and risk, their ranks, the
quadrant, the data coverage and what adds most. --model scores with
MODEL.json instead of the workspace&apos;s model, --scenario with a scenario&apos;s;
--sensitivity adds RUNS robustness runs (rank intervals, share of runs in
the same quadrant), reproducible with --seed.</source>
        <translation>为每个垂直行业评分：AI 潜力（就绪度）和风险、各自的排名、象限、数据覆盖
以及贡献最大的指标。--model 改用 MODEL.json 中的模型评分，而非工作区的
模型；--scenario 改用某个情景的模型；--sensitivity 增加 RUNS 次稳健性运行
（排名区间、落在同一象限的运行占比），用 --seed 可复现结果。</translation>
    </message>
    <message>
        <source>Adds or updates verticals&apos; indicator values from a CSV or JSON table (a
&quot;vertical&quot; column and a column per indicator), or reads a whole workspace
exported as JSON. Nothing is imported when any row is wrong.</source>
        <translation>从 CSV 或 JSON 表格（一列“vertical”，每个指标一列）添加或更新垂直行业的
指标值，或读入以 JSON 导出的整个工作区。只要有一行有误，就不导入任何内容。</translation>
    </message>
    <message>
        <source>Writes the verticals and their indicator values as CSV, or the whole
workspace as JSON, as the file name ends.</source>
        <translation>按文件名的扩展名，将垂直行业及其指标值写为 CSV，
或将整个工作区写为 JSON。</translation>
    </message>
    <message>
        <source>Without options, prints the scoring model as a tree with weights, shares
and normalisation. --set replaces the workspace&apos;s model with MODEL.json
(checked first); --get writes the model to OUT.json.</source>
        <translation>不带选项时，以树形列出评分模型及其权重、比重和标准化方式。--set 用
MODEL.json 替换工作区的模型（先经检查）；--get 将模型写入 OUT.json。</translation>
    </message>
    <message>
        <source>Writes the GTM brief for leadership as a PDF: in English or Chinese
(--lang), on A4 or Letter paper, of every vertical or of those named,
as PDF/A-1b with --pdf-a.</source>
        <translation>将面向管理层的 GTM 简报写为 PDF：英文或中文（--lang），A4 或 Letter
纸张，包含全部或指定的垂直行业；使用 --pdf-a 时为 PDF/A-1b。</translation>
    </message>
    <message>
        <source>Puts the verticals into the waves of the GTM plan (go first, next,
prepare, not yet, undecided) with their reasons, resting on N robustness
runs (1000 unless given, seed 1).</source>
        <translation>将垂直行业分入 GTM 计划的各批次（优先进入、其次、准备、暂缓、待定）并
给出理由，依据 N 次稳健性运行（未指定时为 1000 次，种子 1）。</translation>
    </message>
    <message>
        <source>Lists the workspace&apos;s scenarios, adds one with the scoring model of
M.json, removes one, or compares one with the workspace&apos;s model: each
vertical&apos;s scores, ranks, quadrant and wave before and after.</source>
        <translation>列出工作区的情景；用 M.json 的评分模型添加情景；删除情景；或将某个情景
与工作区的模型比较：每个垂直行业变化前后的得分、排名、象限和批次。</translation>
    </message>
    <message>
        <source>Checks a workspace file: SQLite integrity, dangling rows, values out of
range, duplicate names, invalid scoring or scenario models. Exit status 1
when anything is wrong.</source>
        <translation>检查工作区文件：SQLite 完整性、悬空行、超出范围的值、重复名称、无效的
评分模型或情景模型。发现任何问题时以状态 1 退出。</translation>
    </message>
    <message>
        <source>Usage: %1

%2</source>
        <translation>用法：%1

%2</translation>
    </message>
    <message>
        <source>arithmetic</source>
        <comment>aggregation, in the model tree</comment>
        <translation>算术平均</translation>
    </message>
    <message>
        <source>geometric</source>
        <comment>aggregation, in the model tree</comment>
        <translation>几何平均</translation>
    </message>
    <message>
        <source>positive</source>
        <comment>polarity, in the model tree</comment>
        <translation>提高指数</translation>
    </message>
    <message>
        <source>negative</source>
        <comment>polarity, in the model tree</comment>
        <translation>降低指数</translation>
    </message>
    <message>
        <source>goalposts</source>
        <comment>normalisation, in the model tree</comment>
        <translation>目标值区间</translation>
    </message>
    <message>
        <source>min–max</source>
        <comment>normalisation, in the model tree</comment>
        <translation>最小–最大</translation>
    </message>
    <message>
        <source>z-score</source>
        <comment>normalisation, in the model tree</comment>
        <translation>z 分数</translation>
    </message>
    <message>
        <source>rank</source>
        <comment>normalisation, in the model tree</comment>
        <translation>排名</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1；未导入任何内容</translation>
    </message>
    <message>
        <source>%1, log</source>
        <translation>%1，对数变换</translation>
    </message>
    <message>
        <source>%1  weight %2 (%3 %)  %4, %5  [%6]</source>
        <translation>%1  权重 %2（%3%）  %4，%5  [%6]</translation>
    </message>
    <message>
        <source>%1  weight %2 (%3 %)  %4  [%5]</source>
        <translation>%1  权重 %2（%3%）  %4  [%5]</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>give at most one workspace to open</source>
        <translation>最多只能指定一个要打开的工作区</translation>
    </message>
    <message>
        <source>usage: gtm-workbench help [SUBCOMMAND]; the sub-commands are %1</source>
        <translation>用法：gtm-workbench help [SUBCOMMAND]；可用的子命令：%1</translation>
    </message>
    <message>
        <source>%1 Correct it first; &quot;gtm-workbench check&quot; lists every problem.</source>
        <translation>%1 请先更正；“gtm-workbench check”会列出所有问题。</translation>
    </message>
    <message>
        <source>Copies a whole workspace between a file and a PostgreSQL server, in
either direction (postgresql://USER@HOST:PORT/DATABASE?workspace=NAME),
or between two files. The destination must not exist yet.</source>
        <translation>在文件与 PostgreSQL 服务器之间复制整个工作区，两个方向均可
（postgresql://用户@主机:端口/数据库?workspace=名称），也可在两个文件之间复制。
目标必须尚不存在。</translation>
    </message>
    <message>
        <source>Lists the workspaces of a PostgreSQL database that you may read, one a
line.</source>
        <translation>列出 PostgreSQL 数据库中您可以读取的工作区，
每行一个。</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3.</source>
        <translation>已将 %1 复制到 %2：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a sub-command nor a workspace file; did you mean &quot;%2&quot;?</source>
        <translation>“%1”既不是子命令，也不是工作区文件；你是想输入“%2”吗？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a sub-command nor a workspace file; the sub-commands are %2</source>
        <translation>“%1”既不是子命令，也不是工作区文件；子命令有：%2</translation>
    </message>
    <message>
        <source>there is no display to show the window on (DISPLAY is not set); the sub-commands need none: see &quot;gtm-workbench --help&quot;</source>
        <translation>没有可显示窗口的显示器（未设置 DISPLAY）；子命令不需要显示器：参见“gtm-workbench --help”</translation>
    </message>
    <message>
        <source>Usage: gtm-workbench [WORKSPACE]</source>
        <translation>用法：gtm-workbench [WORKSPACE]</translation>
    </message>
    <message>
        <source>  or:  gtm-workbench COMMAND ARGUMENTS...</source>
        <translation>  或：gtm-workbench COMMAND ARGUMENTS...</translation>
    </message>
    <message>
        <source>Opens the window, on WORKSPACE when one is given (a .gtmw file or a
postgresql:// location). With a COMMAND it works without a window or a
display.</source>
        <translation>打开窗口；给出 WORKSPACE（.gtmw 文件或 postgresql:// 位置）时打开该工作区。
带 COMMAND 时无需窗口，也无需显示器。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>  --help     show this help; after a command, that command&apos;s help</source>
        <translation>  --help     显示本帮助；跟在子命令后显示该子命令的帮助</translation>
    </message>
    <message>
        <source>  --version  show the program&apos;s version</source>
        <translation>  --version  显示程序版本</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failed operation (one line on stderr naming the
file), 2 usage error.</source>
        <translation>退出状态：0 成功，1 操作失败（stderr 上一行说明所涉文件），2 用法错误。</translation>
    </message>
</context>
<context>
    <name>Gtm::Commands</name>
    <message>
        <source>There is no such vertical or indicator.</source>
        <translation>没有这样的垂直行业或指标。</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 必须为 %2。</translation>
    </message>
    <message>
        <source>There is no such vertical.</source>
        <translation>没有这样的垂直行业。</translation>
    </message>
    <message>
        <source>There is no such row.</source>
        <translation>没有这样的行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by the scoring model; take it out of the model first.</source>
        <translation>“%1”正被评分模型使用；请先将其从模型中移除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an index of the model and cannot be deleted.</source>
        <translation>“%1”是模型的指数，不能删除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has dimensions below it; delete or move them first.</source>
        <translation>“%1”下还有维度；请先删除或移走它们。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has indicators below it; delete or move them first.</source>
        <translation>“%1”下还有指标；请先删除或移走它们。</translation>
    </message>
    <message>
        <source>Rows cannot be added here.</source>
        <translation>不能在此处添加行。</translation>
    </message>
    <message>
        <source>New vertical</source>
        <translation>新垂直行业</translation>
    </message>
    <message>
        <source>New vertical %1</source>
        <translation>新垂直行业 %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Duplicate vertical &quot;%1&quot;</source>
        <translation>复制垂直行业“%1”</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>购买者角色</translation>
    </message>
    <message>
        <source>price point</source>
        <translation>价格档位</translation>
    </message>
    <message>
        <source>marketing activity</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>custom indicator</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <source>model dimension</source>
        <translation>模型维度</translation>
    </message>
    <message>
        <source>model indicator</source>
        <translation>模型指标</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Move vertical &quot;%1&quot;</source>
        <translation>移动垂直行业“%1”</translation>
    </message>
    <message>
        <source>Add vertical &quot;%1&quot;</source>
        <translation>添加垂直行业“%1”</translation>
    </message>
    <message>
        <source>Delete vertical &quot;%1&quot;</source>
        <translation>删除垂直行业“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by the scenario &quot;%2&quot;; take it out of that scenario first.</source>
        <translation>“%1”正被情景“%2”使用；请先将其从该情景中移除。</translation>
    </message>
    <message>
        <source>There is no such scenario.</source>
        <translation>没有这样的情景。</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>修改“%2”的%1</translation>
    </message>
</context>
<context>
    <name>Gtm::CommitteeRole</name>
    <message>
        <source>End user</source>
        <translation>最终用户</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>内部倡导者</translation>
    </message>
    <message>
        <source>Budget approver</source>
        <translation>预算审批人</translation>
    </message>
    <message>
        <source>IT / security</source>
        <translation>IT / 安全</translation>
    </message>
    <message>
        <source>Legal / compliance</source>
        <translation>法务 / 合规</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>高管发起人</translation>
    </message>
</context>
<context>
    <name>Gtm::CompiledModel</name>
    <message>
        <source>The readiness threshold %1 is outside 0 to 100.</source>
        <translation>就绪度阈值 %1 超出 0 到 100 的范围。</translation>
    </message>
    <message>
        <source>The risk threshold %1 is outside 0 to 100.</source>
        <translation>风险阈值 %1 超出 0 到 100 的范围。</translation>
    </message>
    <message>
        <source>Node %1 has no id.</source>
        <translation>节点 %1 没有 id。</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is defined twice.</source>
        <translation>节点“%1”被定义了两次。</translation>
    </message>
    <message>
        <source>Node id &quot;%1&quot; is not valid; use lower-case letters, digits, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>节点 id“%1”无效；请使用小写字母、数字、“_”和“.”。</translation>
    </message>
    <message>
        <source>Node id &quot;%1&quot; is an indicator&apos;s id; give the node another.</source>
        <translation>节点 id“%1”与某个指标的 id 相同；请为该节点另取一个。</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; has the weight %2; weights must be zero or more.</source>
        <translation>节点“%1”的权重为 %2；权重必须大于或等于零。</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; has the parent &quot;%2&quot;, which is not a node of the model.</source>
        <translation>节点“%1”的上级为“%2”，但后者不是模型中的节点。</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is its own parent.</source>
        <translation>节点“%1”的上级是它自己。</translation>
    </message>
    <message>
        <source>The nodes %1 form a cycle.</source>
        <translation>节点 %1 构成了循环。</translation>
    </message>
    <message>
        <source>The model has no index (a node without a parent).</source>
        <translation>模型没有指数（即没有上级的节点）。</translation>
    </message>
    <message>
        <source>The model needs an index &quot;%1&quot; (a node with that id and no parent).</source>
        <translation>模型需要一个指数“%1”（id 为该值且没有上级的节点）。</translation>
    </message>
    <message>
        <source>Indicator &quot;%1&quot; is not an indicator of this workspace.</source>
        <translation>指标“%1”不是此工作区的指标。</translation>
    </message>
    <message>
        <source>Indicator &quot;%1&quot; has the parent &quot;%2&quot;, which is not a node of the model.</source>
        <translation>指标“%1”的上级为“%2”，但后者不是模型中的节点。</translation>
    </message>
    <message>
        <source>Indicator &quot;%1&quot; has the weight %2; weights must be zero or more.</source>
        <translation>指标“%1”的权重为 %2；权重必须大于或等于零。</translation>
    </message>
    <message>
        <source>Indicator &quot;%1&quot; is normalised with goalposts but does not give both.</source>
        <translation>指标“%1”使用目标值区间标准化，但没有同时给出下限和上限。</translation>
    </message>
    <message>
        <source>Indicator &quot;%1&quot; has goalposts %2 to %3; the low one must be below the high one.</source>
        <translation>指标“%1”的目标值区间为 %2 到 %3；下限必须低于上限。</translation>
    </message>
    <message>
        <source>Indicator &quot;%1&quot; is log-transformed, so its goalposts must be above 0.</source>
        <translation>指标“%1”经过对数变换，因此其目标值区间必须大于 0。</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; has nothing below it.</source>
        <translation>节点“%1”下没有任何内容。</translation>
    </message>
    <message>
        <source>The weights below node &quot;%1&quot; are all zero.</source>
        <translation>节点“%1”下的权重全部为零。</translation>
    </message>
    <message>
        <source>Indicator &quot;%1&quot; appears twice in the index &quot;%2&quot;.</source>
        <translation>指标“%1”在指数“%2”中出现了两次。</translation>
    </message>
    <message>
        <source>The model has %1 nodes and indicators; at most %2 are allowed.</source>
        <translation>模型共有 %1 个节点和指标；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; is nested %2 levels deep; a model may nest at most %3 levels, an index being the first.</source>
        <translation>节点“%1”嵌套了 %2 层；模型最多可嵌套 %3 层（指数为第一层）。</translation>
    </message>
    <message>
        <source>Indicator &quot;%1&quot; has goalposts %2 to %3, too far apart to compute with; narrow them.</source>
        <translation>指标“%1”的目标值为 %2 到 %3，相距过远，无法计算；请缩小范围。</translation>
    </message>
</context>
<context>
    <name>Gtm::ConflictDialog</name>
    <message>
        <source>Changed by You and a Colleague</source>
        <translation>你和同事都改过</translation>
    </message>
    <message>
        <source>Someone else changed %1 field that you changed too, since you last saw it. Nothing has been written yet: choose whose version stays.</source>
        <translation>自你上次看到以来，另一位同事也改了你改过的 %1 个字段。尚未写入任何内容：请选择保留哪一方的版本。</translation>
    </message>
    <message>
        <source>Someone else changed %1 fields that you changed too, since you last saw them. Nothing has been written yet: choose whose version stays in each.</source>
        <translation>自你上次看到以来，另一位同事也改了你改过的 %1 个字段。尚未写入任何内容：请逐个选择保留哪一方的版本。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>As it was</source>
        <translation>原来的</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Colleague&apos;s</source>
        <translation>同事的</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>冲突的字段</translation>
    </message>
    <message>
        <source>All &amp;Yours</source>
        <translation>全部用你的(&amp;Y)</translation>
    </message>
    <message>
        <source>All &amp;Colleague&apos;s</source>
        <translation>全部用同事的(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>写入(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel keeps your changes in this window, unwritten, until you choose (File ▸ Resolve Conflicts).</source>
        <translation>取消：你的修改留在本窗口中，暂不写入，直到你作出选择（文件 ▸ 解决冲突）。</translation>
    </message>
</context>
<context>
    <name>Gtm::CoverageText</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>coverage %1</source>
        <translation>数据覆盖 %1</translation>
    </message>
    <message>
        <source>coverage %1: missing %2</source>
        <translation>数据覆盖 %1：缺少%2</translation>
    </message>
    <message>
        <source>Provisional: %1 rests on %2 of its weight (missing %3).</source>
        <translation>暂定：%1只有 %2 的权重有数据（缺少%3）。</translation>
    </message>
    <message>
        <source> / </source>
        <translation> / </translation>
    </message>
</context>
<context>
    <name>Gtm::Csv</name>
    <message>
        <source>the file is not UTF-8 text; save it from your spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation>文件不是 UTF-8 文本；请在电子表格软件中将其另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>line %1: a quote in the middle of a field; put the whole field in quotes and double the quotes inside it</source>
        <translation>第 %1 行：字段中间出现引号；请用引号括住整个字段，并将字段内的引号写成两个</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>第 %1 行：字段的右引号之后还有文本</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>第 %1 行：带引号的字段没有闭合</translation>
    </message>
    <message>
        <source>the file is empty; a header row naming the columns is needed</source>
        <translation>文件为空；需要一个列出各列名称的标题行</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>line %1 has %2 fields but the header row names %3 columns</source>
        <translation>第 %1 行有 %2 个字段，但标题行列出了 %3 列</translation>
    </message>
    <message>
        <source>the file is UTF-16 text without a byte-order mark; save it from your spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation>该文件是没有字节顺序标记的 UTF-16 文本；请在电子表格中另存为“CSV UTF-8”</translation>
    </message>
</context>
<context>
    <name>Gtm::DecisionSummary</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Explainability need %1 of %2 (&quot;%3&quot;): plan explanations the customer can give for every decision.</source>
        <translation>解释需求为 %1（满分 %2，“%3”）：提前规划好客户能为每项决策给出的解释。</translation>
    </message>
    <message>
        <source>Technology-first red flag (&quot;%1&quot;): agree a use case before the data work, or expect a long proof of concept.</source>
        <translation>技术优先警示信号（“%1”）：在开展数据工作之前先商定用例，否则概念验证会拖得很长。</translation>
    </message>
    <message>
        <source>Marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%2，共 %1</translation>
    </message>
    <message>
        <source>%1 marketing item</source>
        <translation>%1 项营销活动</translation>
    </message>
    <message>
        <source>%1 marketing items</source>
        <translation>%1 项营销活动</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 channel</source>
        <translation>%1 个渠道</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 个渠道</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Budget beyond marketing</source>
        <translation>营销以外的预算</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>预算合计</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>需作出的决策</translation>
    </message>
    <message>
        <source>market %1</source>
        <translation>市场规模 %1</translation>
    </message>
    <message>
        <source>market %1 (%2 without a market size)</source>
        <translation>市场规模 %1（另有 %2没有市场规模数据）</translation>
    </message>
    <message>
        <source>%1 vertical</source>
        <translation>%1 个垂直行业</translation>
    </message>
    <message>
        <source>%1 verticals</source>
        <translation>%1 个垂直行业</translation>
    </message>
    <message>
        <source>no target quarter yet</source>
        <translation>尚未设定目标季度</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>No safeguards recorded; its challenges suggest: %1</source>
        <translation>尚未记录保障措施；从其挑战来看：%1</translation>
    </message>
    <message>
        <source>No mitigation recorded.</source>
        <translation>尚未记录缓解措施。</translation>
    </message>
    <message>
        <source>%1 — no risk indicator adds to its risk: %2</source>
        <translation>%1——没有风险指标推高其风险：%2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1——%2：%3</translation>
    </message>
    <message>
        <source>%1 is provisional: readiness rests on %2 of its weight, risk on %3.</source>
        <translation>%1 的评分为暂定：就绪度只有 %2 的权重有数据支撑，风险只有 %3。</translation>
    </message>
    <message>
        <source>%1 is provisional: readiness rests on %2 of its weight, risk on %3; missing %4.</source>
        <translation>%1 的评分为暂定：就绪度只有 %2 的权重有数据支撑，风险只有 %3；缺少%4。</translation>
    </message>
    <message>
        <source>%1 (%2) is a fragile call: only %3 of the runs say %4; %5 would make it firm.</source>
        <translation>%1（%2）的判断不够稳固：只有 %3 的运行结果为“%4”，达到 %5 才算稳固。</translation>
    </message>
    <message>
        <source>%1: %2 in %3 of the robustness runs; the other %4 put it in another quadrant.</source>
        <translation>%1：%3 的稳健性运行结果为“%2”，其余 %4 将其归入其他象限。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; could not be scored: %2</source>
        <translation>情景“%1”无法评分：%2</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; would also go first to %2.</source>
        <translation>在情景“%1”下，还会优先进入%2。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; would not go first to %2.</source>
        <translation>在情景“%1”下，不会优先进入%2。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; would go first to %2 instead of %3.</source>
        <translation>在情景“%1”下，会优先进入%2，而不是%3。</translation>
    </message>
</context>
<context>
    <name>Gtm::DefaultModel</name>
    <message>
        <source>GTM default model</source>
        <translation>GTM 默认模型</translation>
    </message>
    <message>
        <source>AI potential from Context, Capabilities and Challenges; risk from Consequences, Challenges and regulation. Goalposts normalisation, weighted arithmetic means, missing values re-weighted.</source>
        <translation>AI 潜力由背景、能力和挑战得出；风险由后果、挑战和监管得出。采用目标值区间标准化和加权算术平均，缺失值的权重重新分配给其余指标。</translation>
    </message>
    <message>
        <source>AI potential (readiness)</source>
        <translation>AI 潜力（就绪度）</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>后果</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>监管</translation>
    </message>
</context>
<context>
    <name>Gtm::Dimension</name>
    <message>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>后果</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>Gtm::ExportChartDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>Laid out as on a %1 × %2 screen and drawn at %3×; use 2× or more for slides and print.</source>
        <translation>按 %1 × %2 的屏幕布局，以 %3× 绘制；用于幻灯片和打印时请使用 2× 或更高。</translation>
    </message>
</context>
<context>
    <name>Gtm::FieldMessage</name>
    <message>
        <source>Input refused</source>
        <translation>输入被拒绝</translation>
    </message>
</context>
<context>
    <name>Gtm::Framing</name>
    <message>
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>节省</translation>
    </message>
</context>
<context>
    <name>Gtm::ImportDialog</name>
    <message>
        <source>Import Table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>%1: %2 and %3. Choose what each column holds; nothing changes until you import, and the import is one step you can undo.</source>
        <translation>%1：%2，%3。请选择每一列的内容；点击导入之前不会有任何改动，导入也只是一个可撤销的步骤。</translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>Columns of the file and where they go</source>
        <translation>文件中的列及其去向</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Where column &quot;%1&quot; goes</source>
        <translation>列“%1”导入为</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Vertical name</source>
        <translation>垂直行业名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>New custom indicator &quot;%1&quot;</source>
        <translation>新的自定义指标“%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The first %1 rows, as they will be read:</source>
        <translation>前 %1 行，按将被读取的样子显示：</translation>
    </message>
    <message>
        <source>The rows, as they will be read:</source>
        <translation>各行，按将被读取的样子显示：</translation>
    </message>
    <message>
        <source>%1
(left out)</source>
        <translation>%1
（不导入）</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Ready: %1 added, %2 updated, %3 set.</source>
        <translation>可以导入：新增 %1，更新 %2 个，设置 %3。</translation>
    </message>
    <message>
        <source>%1 vertical</source>
        <translation>%1 个垂直行业</translation>
    </message>
    <message>
        <source>%1 verticals</source>
        <translation>%1 个垂直行业</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>New custom indicators: %1.</source>
        <translation>新的自定义指标：%1。</translation>
    </message>
    <message>
        <source>Cannot import: %1.</source>
        <translation>无法导入：%1。</translation>
    </message>
</context>
<context>
    <name>Gtm::ImportMapping</name>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; both go to %3; leave one out</source>
        <translation>列“%1”和“%2”都导入为%3；请去掉其中一列</translation>
    </message>
    <message>
        <source>column %1 has no heading to name a new indicator; leave it out or choose an indicator</source>
        <translation>第 %1 列没有标题，无法为新指标命名；请不导入该列，或为它选择一个指标</translation>
    </message>
    <message>
        <source>no column names the verticals; choose one as &quot;Vertical name&quot;</source>
        <translation>没有任何一列给出垂直行业名称；请将其中一列设为“垂直行业名称”</translation>
    </message>
    <message>
        <source>only one column may name the verticals</source>
        <translation>只能有一列给出垂直行业名称</translation>
    </message>
</context>
<context>
    <name>Gtm::Indicator</name>
    <message>
        <source>AI enthusiasm</source>
        <translation>AI 热情</translation>
    </message>
    <message>
        <source>0–5 scale</source>
        <translation>0–5 分</translation>
    </message>
    <message>
        <source>How enthusiastic the vertical is about AI compared with other verticals.</source>
        <translation>该行业相对于其他行业对 AI 的热情程度。</translation>
    </message>
    <message>
        <source>sceptical, no appetite</source>
        <translation>持怀疑态度，没有兴趣</translation>
    </message>
    <message>
        <source>eager, budgets already set aside</source>
        <translation>积极，已预留预算</translation>
    </message>
    <message>
        <source>Expectation realism</source>
        <translation>预期现实度</translation>
    </message>
    <message>
        <source>Where buyers&apos; beliefs sit between the media&apos;s general-AI fantasies and the data scientists&apos; &quot;it&apos;s just maths&quot;. Knowing what the target expects from machine learning shortens the GTM cycle.</source>
        <translation>购买者的看法处在媒体对通用人工智能的幻想与数据科学家“只是数学”之间的哪个位置。了解目标客户对机器学习的期望，可以缩短 GTM 周期。</translation>
    </message>
    <message>
        <source>expects general AI</source>
        <translation>期待通用人工智能</translation>
    </message>
    <message>
        <source>&quot;it&apos;s just maths&quot;, concrete problems</source>
        <translation>“只是数学”，问题具体</translation>
    </message>
    <message>
        <source>AI strategy maturity</source>
        <translation>AI 战略成熟度</translation>
    </message>
    <message>
        <source>How far the typical customer has got with an AI strategy (fewer than 39% of firms had one in 2017).</source>
        <translation>典型客户在 AI 战略上的进展程度（2017 年只有不到 39% 的企业制定了 AI 战略）。</translation>
    </message>
    <message>
        <source>no AI strategy</source>
        <translation>没有 AI 战略</translation>
    </message>
    <message>
        <source>funded strategy in execution</source>
        <translation>有资金的战略正在执行</translation>
    </message>
    <message>
        <source>Modality fit</source>
        <translation>模态契合度</translation>
    </message>
    <message>
        <source>How well the product&apos;s modality (vision, speech, text, tabular) fits the vertical&apos;s data and work; the enterprise world is mostly non-visual.</source>
        <translation>产品的模态（视觉、语音、文本、表格）与该行业的数据和工作的契合程度；企业界的大部分数据并非视觉数据。</translation>
    </message>
    <message>
        <source>poor fit</source>
        <translation>契合度差</translation>
    </message>
    <message>
        <source>the vertical&apos;s core work</source>
        <translation>该行业的核心工作</translation>
    </message>
    <message>
        <source>Data availability</source>
        <translation>数据可得性</translation>
    </message>
    <message>
        <source>Does the customer hold the relevant data? Access to data is one of the three drivers of the gap between AI leaders and laggards.</source>
        <translation>客户是否拥有相关数据？数据获取是造成 AI 领先者与落后者差距的三大因素之一。</translation>
    </message>
    <message>
        <source>no usable data</source>
        <translation>没有可用数据</translation>
    </message>
    <message>
        <source>rich, accessible data</source>
        <translation>数据丰富且可获取</translation>
    </message>
    <message>
        <source>Data collection habit</source>
        <translation>数据收集习惯</translation>
    </message>
    <message>
        <source>Has the customer the habit of collecting the data needed to train and evaluate models?</source>
        <translation>客户是否有收集训练和评估模型所需数据的习惯？</translation>
    </message>
    <message>
        <source>never collects</source>
        <translation>从不收集</translation>
    </message>
    <message>
        <source>systematic, labelled collection</source>
        <translation>系统化、带标注的收集</translation>
    </message>
    <message>
        <source>Digital maturity</source>
        <translation>数字化成熟度</translation>
    </message>
    <message>
        <source>How digital the customer&apos;s processes and systems already are.</source>
        <translation>客户的流程和系统已经数字化到什么程度。</translation>
    </message>
    <message>
        <source>paper and phone</source>
        <translation>纸张和电话</translation>
    </message>
    <message>
        <source>fully digital processes</source>
        <translation>流程完全数字化</translation>
    </message>
    <message>
        <source>Executive sponsorship</source>
        <translation>高管支持</translation>
    </message>
    <message>
        <source>Whether a senior executive owns and funds AI adoption.</source>
        <translation>是否有高层管理者负责 AI 的采用并为其提供资金。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>C-level owner with budget</source>
        <translation>有预算的最高管理层负责人</translation>
    </message>
    <message>
        <source>AI talent</source>
        <translation>AI 人才</translation>
    </message>
    <message>
        <source>In-house people able to deploy, evaluate and run AI systems.</source>
        <translation>能够部署、评估和运行 AI 系统的内部人员。</translation>
    </message>
    <message>
        <source>none in house</source>
        <translation>内部没有</translation>
    </message>
    <message>
        <source>strong data-science teams</source>
        <translation>强大的数据科学团队</translation>
    </message>
    <message>
        <source>Regulatory burden</source>
        <translation>监管负担</translation>
    </message>
    <message>
        <source>How heavily regulation constrains the use of data and automated decisions in the vertical.</source>
        <translation>监管在多大程度上限制该行业对数据和自动化决策的使用。</translation>
    </message>
    <message>
        <source>lightly regulated</source>
        <translation>监管较少</translation>
    </message>
    <message>
        <source>heavily regulated</source>
        <translation>监管严格</translation>
    </message>
    <message>
        <source>Jobs at high risk of automation</source>
        <translation>高自动化风险岗位</translation>
    </message>
    <message>
        <source>% of jobs</source>
        <translation>% 的岗位</translation>
    </message>
    <message>
        <source>Share of the vertical&apos;s jobs with a probability of automation above 70% (14% across 32 OECD countries; Nedelkoska &amp; Quintini, 2018).</source>
        <translation>该行业中自动化概率超过 70% 的岗位占比（32 个 OECD 国家平均为 14%；Nedelkoska &amp; Quintini，2018）。</translation>
    </message>
    <message>
        <source>Jobs at risk of significant change</source>
        <translation>面临重大变化风险的岗位</translation>
    </message>
    <message>
        <source>Share of the vertical&apos;s jobs with a probability of automation between 50% and 70% (32% across 32 OECD countries; Nedelkoska &amp; Quintini, 2018).</source>
        <translation>该行业中自动化概率在 50% 到 70% 之间的岗位占比（32 个 OECD 国家平均为 32%；Nedelkoska &amp; Quintini，2018）。</translation>
    </message>
    <message>
        <source>Safety &amp; ethics sensitivity</source>
        <translation>安全与伦理敏感度</translation>
    </message>
    <message>
        <source>How much harm a wrong automated decision can do to people in this vertical.</source>
        <translation>在该行业中，一个错误的自动化决策可能对人造成多大的伤害。</translation>
    </message>
    <message>
        <source>little harm possible</source>
        <translation>几乎不会造成伤害</translation>
    </message>
    <message>
        <source>life, liberty or livelihood at stake</source>
        <translation>关乎生命、自由或生计</translation>
    </message>
    <message>
        <source>Labour impact</source>
        <translation>对劳动力的影响</translation>
    </message>
    <message>
        <source>Whether the product augments the customer&apos;s workforce or replaces it; products that augment are adopted more readily.</source>
        <translation>产品是增强客户的劳动力还是取代劳动力；增强型产品更容易被采用。</translation>
    </message>
    <message>
        <source>augments the workforce</source>
        <translation>增强劳动力</translation>
    </message>
    <message>
        <source>replaces workers</source>
        <translation>取代工人</translation>
    </message>
    <message>
        <source>Governance scrutiny</source>
        <translation>治理审查</translation>
    </message>
    <message>
        <source>Attention from regulators, works councils, unions and the public to AI in this vertical.</source>
        <translation>监管机构、职工委员会、工会和公众对该行业 AI 应用的关注程度。</translation>
    </message>
    <message>
        <source>unnoticed</source>
        <translation>无人关注</translation>
    </message>
    <message>
        <source>intense public and regulatory scrutiny</source>
        <translation>受到公众和监管机构的严格审查</translation>
    </message>
    <message>
        <source>Market size</source>
        <translation>市场规模</translation>
    </message>
    <message>
        <source>USD bn</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>Serviceable market for the product in this vertical, in billions of US dollars a year.</source>
        <translation>该产品在此行业的可服务市场规模，单位为每年十亿美元。</translation>
    </message>
    <message>
        <source>Market growth</source>
        <translation>市场增长</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>每年 %</translation>
    </message>
    <message>
        <source>Expected annual growth of that market.</source>
        <translation>该市场的预期年增长率。</translation>
    </message>
    <message>
        <source>Typical sales cycle</source>
        <translation>典型销售周期</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Months from first meeting to signed contract for a typical deal.</source>
        <translation>典型交易从首次会面到签订合同所需的月数。</translation>
    </message>
    <message>
        <source>Need for explainable decisions</source>
        <translation>可解释决策需求</translation>
    </message>
    <message>
        <source>The strongest explainability need among the vertical&apos;s challenges: if one decision must be explained (why a loan was refused, a candidate rejected), the product must explain it.</source>
        <translation>该行业各项挑战中最强的可解释性需求：只要有一项决策必须解释（为何拒绝贷款、为何淘汰候选人），产品就必须能够解释它。</translation>
    </message>
    <message>
        <source>no need</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>every decision must be explained</source>
        <translation>每个决策都必须解释</translation>
    </message>
    <message>
        <source>Technology-first challenges</source>
        <translation>技术优先的挑战</translation>
    </message>
    <message>
        <source>% of challenges</source>
        <translation>% 的挑战</translation>
    </message>
    <message>
        <source>Share of challenges flagged &quot;technology first&quot; (build the data lake, then look for a use case): a warning sign of a very long proof of concept.</source>
        <translation>标记为“技术优先”（先建数据湖，再找用例）的挑战占比：这是概念验证周期会很长的警示信号。</translation>
    </message>
    <message>
        <source>Proof-of-concept length</source>
        <translation>概念验证周期</translation>
    </message>
    <message>
        <source>Mean expected proof-of-concept length over the challenges that give one.</source>
        <translation>给出了概念验证周期的挑战的平均预期周期。</translation>
    </message>
    <message>
        <source>Value framed as opportunity</source>
        <translation>以机会阐述价值</translation>
    </message>
    <message>
        <source>Share of challenges whose value is told as opportunity (better decisions, revenue not lost) rather than savings.</source>
        <translation>以机会（更好的决策、避免收入损失）而非节省来阐述价值的挑战占比。</translation>
    </message>
    <message>
        <source>Stakeholder views gathered</source>
        <translation>已收集的利益相关方意见</translation>
    </message>
    <message>
        <source>% of roles</source>
        <translation>% 的角色</translation>
    </message>
    <message>
        <source>Share of the six buying-committee roles, from end user to budget approver, whose view of a challenge was gathered.</source>
        <translation>采购委员会六类角色（从最终用户到预算审批人）中，已收集其对挑战看法的角色占比。</translation>
    </message>
</context>
<context>
    <name>Gtm::IndicatorDefinition</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>至多 %1</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>任意数值</translation>
    </message>
</context>
<context>
    <name>Gtm::IndicatorField</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>%1 滑块</translation>
    </message>
    <message>
        <source>Clear: the value is not known (missing, which is not zero)</source>
        <translation>清除：该值未知（缺失，而非零）</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除%1</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>这是什么意思？</translation>
    </message>
    <message>
        <source>What does %1 mean?</source>
        <translation>%1 是什么意思？</translation>
    </message>
    <message>
        <source>0 = %1 · 5 = %2</source>
        <translation>0 = %1 · 5 = %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 must be %2; the value stays %3.</source>
        <translation>%1 必须为 %2；值保持为 %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; the value stays %2.</source>
        <translation>“%1”不是数字；值保持为 %2。</translation>
    </message>
</context>
<context>
    <name>Gtm::JsonReader</name>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON 格式错误，位于第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的键“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>应为数字或 null</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 超出 %2 到 %3 的范围</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>expected true, false or null</source>
        <translation>应为 true、false 或 null</translation>
    </message>
    <message>
        <source>expected null or one of: %1</source>
        <translation>应为 null 或以下之一：%1</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is given twice in one object</source>
        <translation>%1：键“%2”在同一个对象中出现了两次</translation>
    </message>
</context>
<context>
    <name>Gtm::MainWindow</name>
    <message>
        <source>GTM workspaces (*.gtmw);;All files (*)</source>
        <translation>GTM 工作区 (*.gtmw);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Product &amp;&amp; GTM plan</source>
        <translation>产品与 GTM 计划</translation>
    </message>
    <message>
        <source>Vertical worksheet</source>
        <translation>垂直行业工作表</translation>
    </message>
    <message>
        <source>All verticals</source>
        <translation>全部垂直行业</translation>
    </message>
    <message>
        <source>Scoring model</source>
        <translation>评分模型</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Pick a vertical on the left, or fill in the product and GTM plan.</source>
        <translation>请在左侧选择一个垂直行业，或填写产品与 GTM 计划。</translation>
    </message>
    <message>
        <source>Filter verticals</source>
        <translation>筛选垂直行业</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>筛选表格</translation>
    </message>
    <message>
        <source>Verticals and indicator values</source>
        <translation>垂直行业与指标值</translation>
    </message>
    <message>
        <source>Clear Value</source>
        <translation>清除值</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Reference figures</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <source>&lt;saved state&gt;</source>
        <translation>&lt;已保存的状态&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open Sa&amp;mple Workspace</source>
        <translation>打开示例工作区(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>还原为已保存版本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Import Table…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Vertical</source>
        <translation>添加垂直行业(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Vertical</source>
        <translation>复制垂直行业(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;name Vertical</source>
        <translation>重命名垂直行业(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete Vertical</source>
        <translation>删除垂直行业(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find Vertical</source>
        <translation>查找垂直行业(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Product &amp;&amp; GTM Plan</source>
        <translation>产品与 GTM 计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Vertical Worksheet</source>
        <translation>垂直行业工作表(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;All Verticals</source>
        <translation>全部垂直行业(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Scoring Model</source>
        <translation>评分模型(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Vertical</source>
        <translation>下一个垂直行业(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Vertical</source>
        <translation>上一个垂直行业(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Readiness × Risk &amp;Map</source>
        <translation>就绪度 × 风险图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Radar Comparison</source>
        <translation>雷达图比较(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Why This Score</source>
        <translation>评分理由(&amp;W)</translation>
    </message>
    <message>
        <source>R&amp;obustness</source>
        <translation>稳健性(&amp;O)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>The chart is on the clipboard, as an image and as SVG.</source>
        <translation>图表已复制到剪贴板（图像和 SVG 两种格式）。</translation>
    </message>
    <message>
        <source>Copy at Si&amp;ze…</source>
        <translation>按指定尺寸复制(&amp;Z)…</translation>
    </message>
    <message>
        <source>Run Robustness &amp;Analysis</source>
        <translation>运行稳健性分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GTM Workbench</source>
        <translation>关于 GTM Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>About GTM Workbench</source>
        <translation>关于 GTM Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;GTM Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plan the go-to-market of an enterprise AI product: worksheets per vertical, readiness and risk scores, a PDF brief.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;GTM Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;规划企业级 AI 产品的市场进入：按垂直行业填写工作表，计算就绪度和风险评分，生成 PDF 简报。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — GTM Workbench</source>
        <translation>%1[*] — GTM Workbench</translation>
    </message>
    <message>
        <source>%1 vertical</source>
        <translation>%1 个垂直行业</translation>
    </message>
    <message>
        <source>%1 verticals</source>
        <translation>%1 个垂直行业</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The workspace has unsaved changes. Save them first?</source>
        <translation>工作区有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>还原为已保存版本</translation>
    </message>
    <message>
        <source>Drop every change since %1 was last saved?</source>
        <translation>放弃自上次保存 %1 以来的所有更改？</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>无法保存工作区</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>Import Table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>Tables (*.csv *.json);;All files (*)</source>
        <translation>表格 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>已导入 %1：新增 %2，更新 %3。</translation>
    </message>
    <message>
        <source>New custom indicators: %1.</source>
        <translation>新的自定义指标：%1。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV table of indicator values (*.csv);;Whole workspace as JSON (*.json)</source>
        <translation>指标值 CSV 表格 (*.csv);;整个工作区（JSON 格式）(*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Export GTM &amp;Brief…</source>
        <translation>导出 GTM 简报(&amp;B)…</translation>
    </message>
    <message>
        <source>Recomme&amp;ndation</source>
        <translation>建议(&amp;N)</translation>
    </message>
    <message>
        <source>GTM brief</source>
        <translation>GTM 简报</translation>
    </message>
    <message>
        <source>%1 GTM brief</source>
        <translation>%1 GTM 简报</translation>
    </message>
    <message>
        <source>Export GTM Brief</source>
        <translation>导出 GTM 简报</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the brief to %1 (%2 pages).</source>
        <translation>已将简报写入 %1（共 %2 页）。</translation>
    </message>
    <message>
        <source>Making the brief…</source>
        <translation>正在生成简报…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — GTM Workbench</source>
        <translation>%1[*]（只读）— GTM Workbench</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>工作区正被使用</translation>
    </message>
    <message>
        <source>Open it read-only? Your changes can then be kept with Save As in another file.</source>
        <translation>以只读方式打开吗？之后可以用“另存为”把您的更改保存到另一个文件。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>已被其他程序更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened here.</source>
        <translation>自从在这里打开以来，%1 已被其他程序更改。</translation>
    </message>
    <message>
        <source>Reload it and drop your changes, save your workspace in another file, or overwrite the other program&apos;s changes with yours?</source>
        <translation>重新载入并放弃您的更改、把您的工作区保存到另一个文件，还是用您的更改覆盖其他程序的更改？</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Cannot write recovery data: %1</source>
        <translation>无法写入恢复数据：%1</translation>
    </message>
    <message>
        <source>an unsaved workspace (%1)</source>
        <translation>一个未保存的工作区（%1）</translation>
    </message>
    <message>
        <source>no product name</source>
        <translation>无产品名称</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>GTM Workbench ended without closing. Unsaved changes to %1, written at %2, can be restored.</source>
        <translation>GTM Workbench 上次未正常关闭。可以恢复 %1 在 %2 写下的未保存更改。</translation>
    </message>
    <message>
        <source>Restore shows them as unsaved changes; Discard removes them.</source>
        <translation>“恢复”会把它们作为未保存的更改显示；“丢弃”会删除它们。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不处理(&amp;N)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restored unsaved changes to %1</source>
        <translation>已恢复 %1 的未保存更改</translation>
    </message>
    <message>
        <source>The workspace file was saved after these changes were written: restored, they would replace what was saved later when saved again (you will be asked first).</source>
        <translation>这些更改写下之后，工作区文件又被保存过：恢复后再次保存，会替换之后保存的内容（保存前会先询问您）。</translation>
    </message>
    <message>
        <source>On the server (revision %1)</source>
        <translation>已在服务器上（修订 %1）</translation>
    </message>
    <message>
        <source>Not on the server yet: your edits are kept here</source>
        <translation>尚未写入服务器：你的修改保留在本窗口</translation>
    </message>
    <message>
        <source>Cannot write to the server (%1); your edits are kept here and tried again.</source>
        <translation>无法写入服务器（%1）；你的修改保留在本窗口，稍后重试。</translation>
    </message>
    <message>
        <source>A colleague added, removed or moved records: the steps to undo were dropped, as the rows they name may have moved.</source>
        <translation>同事添加、删除或移动了记录：可撤销的步骤已清除，因为它们指向的行可能已经移动。</translation>
    </message>
    <message>
        <source>Open from &amp;Server…</source>
        <translation>从服务器打开(&amp;S)…</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>解决冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1（数据库 %2，%3）</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>On the server, read-only</source>
        <translation>在服务器上，只读</translation>
    </message>
    <message>
        <source>You may read this workspace but not change it: your role has no right to change it on the server.</source>
        <translation>你可以查看此工作区，但不能修改：你的角色在服务器上没有修改权限。</translation>
    </message>
    <message>
        <source>%1 conflict to decide: your edits are not written</source>
        <translation>有 %1 处冲突待决定：你的修改尚未写入</translation>
    </message>
    <message>
        <source>%1 conflicts to decide: your edits are not written</source>
        <translation>有 %1 处冲突待决定：你的修改尚未写入</translation>
    </message>
    <message>
        <source>Cannot write to the server</source>
        <translation>无法写入服务器</translation>
    </message>
    <message>
        <source>Changed by a Colleague</source>
        <translation>已被同事修改</translation>
    </message>
    <message>
        <source>%1 was changed by a colleague after your step. Undoing or redoing it would replace their change.</source>
        <translation>在你这一步之后，同事修改了“%1”。撤销或重做这一步会覆盖同事的修改。</translation>
    </message>
    <message>
        <source>Theirs: %1
Your step would make it: %2</source>
        <translation>同事的：%1
你这一步会改为：%2</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>保留同事的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use Mine</source>
        <translation>使用我的(&amp;U)</translation>
    </message>
    <message>
        <source>A colleague changed %1: %2 → %3</source>
        <translation>同事修改了 %1：%2 → %3</translation>
    </message>
    <message>
        <source>Colleagues changed %1 fields, among them %2</source>
        <translation>同事修改了 %1 个字段，其中包括 %2</translation>
    </message>
    <message>
        <source>Clear %1 value</source>
        <translation>清除 %1 个值</translation>
    </message>
    <message>
        <source>Clear %1 values</source>
        <translation>清除 %1 个值</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <source>Every vertical with its scores and every indicator value. Type in a cell to change it; Delete clears the selected values (missing, not zero); Ctrl+C and Ctrl+V copy and paste blocks of cells to and from a spreadsheet, a paste being one undo step. Scores, quadrant and data coverage (the share of the readiness / risk weight resting on values present) are computed; too little coverage makes a vertical&apos;s scores provisional (in italics).</source>
        <translation>所有垂直行业及其得分和全部指标值。在单元格中输入即可修改；Delete 清除所选的值（视为缺失，而非零）；Ctrl+C 和 Ctrl+V 可与电子表格互相复制、粘贴整块单元格，一次粘贴为一个可撤销的步骤。得分、象限和数据覆盖（就绪度 / 风险权重中有实际值支撑的比例）由程序计算；数据覆盖过低时，该垂直行业的得分为暂定（以斜体显示）。</translation>
    </message>
</context>
<context>
    <name>Gtm::MapChart</name>
    <message>
        <source>Provisional (coverage below %1 %)</source>
        <translation>暂定（数据覆盖低于 %1%）</translation>
    </message>
    <message>
        <source>There are no scores yet.</source>
        <translation>尚无评分。</translation>
    </message>
    <message>
        <source>No scores: the scoring model has problems. %1</source>
        <translation>无评分：评分模型有问题。%1</translation>
    </message>
    <message>
        <source>Small rings have no market size given.</source>
        <translation>小圆环表示未填写市场规模。</translation>
    </message>
    <message>
        <source>Not on the map (no score): %1.</source>
        <translation>未显示（无评分）：%1。</translation>
    </message>
    <message>
        <source>%1 of %2 bubbles labelled; hover for names.</source>
        <translation>已标注 %2 个气泡中的 %1 个；悬停可查看名称。</translation>
    </message>
    <message>
        <source>AI readiness against risk</source>
        <translation>AI 就绪度与风险</translation>
    </message>
    <message>
        <source>%1, 0–100 (higher is riskier)</source>
        <translation>%1，0–100（越高风险越大）</translation>
    </message>
    <message>
        <source>%1, 0–100</source>
        <translation>%1，0–100</translation>
    </message>
    <message>
        <source>Bubble area is market size (largest %1).</source>
        <translation>气泡面积表示市场规模（最大为 %1）。</translation>
    </message>
    <message>
        <source>Bubble area is market size:</source>
        <translation>气泡面积表示市场规模：</translation>
    </message>
    <message>
        <source>The numbers are keyed under the map.</source>
        <translation>编号对应的行业列于图下方。</translation>
    </message>
</context>
<context>
    <name>Gtm::MarketingKind</name>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Account-based marketing</source>
        <translation>基于客户的营销</translation>
    </message>
    <message>
        <source>Analyst relations</source>
        <translation>分析师关系</translation>
    </message>
    <message>
        <source>Public relations</source>
        <translation>公共关系</translation>
    </message>
    <message>
        <source>Paid media</source>
        <translation>付费媒体</translation>
    </message>
    <message>
        <source>Partner marketing</source>
        <translation>合作伙伴营销</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Gtm::MethodDiagram</name>
    <message>
        <source>The method: four dimensions feed two indices, which place each vertical in a quadrant</source>
        <translation>方法：四个维度汇成两个指数，两个指数把每个垂直行业放进一个象限</translation>
    </message>
    <message>
        <source>AI potential (readiness)</source>
        <translation>AI 潜力（就绪度）</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>risk →</source>
        <translation>风险 →</translation>
    </message>
</context>
<context>
    <name>Gtm::MissingPolicy</name>
    <message>
        <source>Leave out and re-weight the rest</source>
        <translation>剔除并重新分配其余权重</translation>
    </message>
    <message>
        <source>No score, with the reason</source>
        <translation>不评分，并说明原因</translation>
    </message>
</context>
<context>
    <name>Gtm::Modality</name>
    <message>
        <source>Vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Tabular / structured</source>
        <translation>表格 / 结构化</translation>
    </message>
    <message>
        <source>Multimodal</source>
        <translation>多模态</translation>
    </message>
</context>
<context>
    <name>Gtm::ModelEditor</name>
    <message>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>Readiness threshold</source>
        <translation>就绪度阈值</translation>
    </message>
    <message>
        <source>Risk threshold</source>
        <translation>风险阈值</translation>
    </message>
    <message>
        <source>Model &amp;name:</source>
        <translation>模型名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Missing values:</source>
        <translation>缺失值(&amp;M)：</translation>
    </message>
    <message>
        <source>Quadrant thresholds — &amp;readiness:</source>
        <translation>象限阈值 — 就绪度(&amp;R)：</translation>
    </message>
    <message>
        <source>ris&amp;k:</source>
        <translation>风险(&amp;K)：</translation>
    </message>
    <message>
        <source>Scoring model tree</source>
        <translation>评分模型树</translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation>添加维度(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>添加指标(&amp;I)</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>移除(&amp;O)</translation>
    </message>
    <message>
        <source>Im&amp;port JSON…</source>
        <translation>导入 JSON(&amp;P)…</translation>
    </message>
    <message>
        <source>Import Scoring Model</source>
        <translation>导入评分模型</translation>
    </message>
    <message>
        <source>Scoring models (*.json)</source>
        <translation>评分模型 (*.json)</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>导出 JSON(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Scoring Model</source>
        <translation>导出评分模型</translation>
    </message>
    <message>
        <source>Reset &amp;to default</source>
        <translation>重置为默认(&amp;T)</translation>
    </message>
    <message>
        <source>Problems of the scoring model</source>
        <translation>评分模型的问题</translation>
    </message>
    <message>
        <source>Indicators feed dimensions, dimensions feed the two indices. Weights count relative to their siblings (the share column shows the result). Double-click a cell to change it; scores follow at once, and every change can be undone.</source>
        <translation>指标汇总到维度，维度汇总到两个指数。权重相对于同级计算（比重列显示结果）。双击单元格即可修改；评分会立即更新，所有更改均可撤销。</translation>
    </message>
    <message>
        <source>The model has problems; scores wait until they are solved: %1</source>
        <translation>模型有问题，解决后才会计算评分：%1</translation>
    </message>
    <message>
        <source>Every indicator is in the model already.</source>
        <translation>所有指标都已在模型中。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: invalid scoring model: %2</source>
        <translation>%1：评分模型无效：%2</translation>
    </message>
    <message>
        <source>Import scoring model</source>
        <translation>导入评分模型</translation>
    </message>
    <message>
        <source>Scoring model &quot;%1&quot; imported.</source>
        <translation>已导入评分模型“%1”。</translation>
    </message>
    <message>
        <source>Scoring model written to %1.</source>
        <translation>评分模型已写入 %1。</translation>
    </message>
    <message>
        <source>Reset the scoring model</source>
        <translation>重置评分模型</translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation>重命名(&amp;A)…</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>删除情景(&amp;L)</translation>
    </message>
    <message>
        <source>A score resting on less than this share of its index&apos;s weight is provisional.</source>
        <translation>得分所依据的数据若低于其指数权重的这一比例，即为暂定。</translation>
    </message>
    <message>
        <source>A quadrant call is robust when at least this share of the robustness runs makes it.</source>
        <translation>当至少这一比例的稳健性运行得出同一象限时，该象限判断即为稳健。</translation>
    </message>
    <message>
        <source>At most this many verticals are recommended to go first.</source>
        <translation>建议优先进入的垂直行业最多为此数量。</translation>
    </message>
    <message>
        <source>Minim&amp;um coverage (%):</source>
        <translation>最低数据覆盖（%）(&amp;U)：</translation>
    </message>
    <message>
        <source>Ro&amp;bust share (%):</source>
        <translation>稳健比例（%）(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Go first at most:</source>
        <translation>优先进入最多(&amp;G)：</translation>
    </message>
    <message>
        <source>Model shown</source>
        <translation>显示的模型</translation>
    </message>
    <message>
        <source>Ne&amp;w Scenario…</source>
        <translation>新建情景(&amp;W)…</translation>
    </message>
    <message>
        <source>A named copy of the model shown, to vary and compare with the workspace&apos;s model</source>
        <translation>当前所示模型的命名副本，用于调整并与工作区模型比较</translation>
    </message>
    <message>
        <source>&amp;Show the model of:</source>
        <translation>显示以下对象的模型(&amp;S)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Side b&amp;y side with the workspace&apos;s model</source>
        <translation>与工作区模型并排显示(&amp;Y)</translation>
    </message>
    <message>
        <source>The workspace&apos;s model (baseline)</source>
        <translation>工作区模型（基准）</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>This scenario beside the workspace&apos;s model</source>
        <translation>将此情景与工作区模型并排显示</translation>
    </message>
    <message>
        <source>Choose or make a scenario to compare it</source>
        <translation>选择或新建一个情景进行比较</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <source>A copy of the model shown, named:</source>
        <translation>当前所示模型的副本，命名为：</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; made: change its model here, then compare it.</source>
        <translation>已创建情景“%1”：在此修改其模型，然后进行比较。</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>Gtm::ModelJson</name>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>“format”为“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>the model was written by a newer GTM Workbench (format version %1; this version reads up to %2)</source>
        <translation>该模型由更新版本的 GTM Workbench 写入（格式版本 %1；此版本最高可读取 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>both thresholds must be numbers from 0 to 100</source>
        <translation>两个阈值都必须是 0 到 100 之间的数字</translation>
    </message>
    <message>
        <source>every node needs an id</source>
        <translation>每个节点都需要一个 id</translation>
    </message>
    <message>
        <source>every entry needs an indicator id</source>
        <translation>每个条目都需要一个指标 id</translation>
    </message>
    <message>
        <source>expected two numbers, [low, high]</source>
        <translation>应为两个数字 [下限, 上限]</translation>
    </message>
    <message>
        <source>a model file holds one JSON object</source>
        <translation>模型文件应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>expected a number from 0 to 100</source>
        <translation>应为 0 到 100 之间的数字</translation>
    </message>
</context>
<context>
    <name>Gtm::ModelTables</name>
    <message>
        <source>the workspace holds an unknown value &quot;%1&quot; in %2</source>
        <translation>工作区在 %2 中包含未知值“%1”</translation>
    </message>
    <message>
        <source>the workspace holds a threshold that is not a number in scoring_model</source>
        <translation>工作区的 scoring_model 中有一个阈值不是数字</translation>
    </message>
    <message>
        <source>the workspace holds &quot;%1&quot; in model_node.weight, which is not a number</source>
        <translation>工作区的 model_node.weight 中包含“%1”，它不是数字</translation>
    </message>
    <message>
        <source>the workspace holds a weight or goalpost that is not a number in model_indicator (indicator %1)</source>
        <translation>工作区的 model_indicator（指标 %1）中有一个权重或目标值区间端点不是数字</translation>
    </message>
    <message>
        <source>the workspace holds a minimum coverage or robust share that is not a number in scoring_model</source>
        <translation>工作区的 scoring_model 中有一个最低数据覆盖或稳健比例不是数字</translation>
    </message>
    <message>
        <source>the workspace holds &quot;%1&quot; in scoring_model.go_first_max, which is not a whole number</source>
        <translation>工作区的 scoring_model.go_first_max 中包含“%1”，它不是整数</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：第 %2 个字符处出现 %1</translation>
    </message>
    <message>
        <source>a model is one JSON object</source>
        <translation>模型应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>the workspace holds a scenario &quot;%1&quot; whose model cannot be read (%2)</source>
        <translation>工作区中情景“%1”的模型无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>Gtm::ModelTreeModel</name>
    <message>
        <source>Index, dimension or indicator</source>
        <translation>指数、维度或指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比重</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
</context>
<context>
    <name>Gtm::Names</name>
    <message>
        <source>character %1 is the control character %2, which a name may not hold</source>
        <translation>第 %1 个字符是控制字符 %2，名称中不能包含该字符</translation>
    </message>
    <message>
        <source>character %1 is the invisible character %2, which a name may not hold</source>
        <translation>第 %1 个字符是不可见字符 %2，名称中不能包含该字符</translation>
    </message>
    <message>
        <source>character %1 is the bidirectional control %2, which a name may not hold</source>
        <translation>第 %1 个字符是双向控制字符 %2，名称中不能包含该字符</translation>
    </message>
    <message>
        <source>the name has %1 characters; a name may have at most %2</source>
        <translation>名称有 %1 个字符；名称最多 %2 个字符</translation>
    </message>
    <message>
        <source>the text has %1 characters; a text may have at most %2</source>
        <translation>文本有 %1 个字符；文本最多 %2 个字符</translation>
    </message>
</context>
<context>
    <name>Gtm::Normalisation</name>
    <message>
        <source>Min–max</source>
        <translation>最小–最大</translation>
    </message>
    <message>
        <source>Goalposts</source>
        <translation>目标值区间</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z 分数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
</context>
<context>
    <name>Gtm::Numbers</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Gtm::Polarity</name>
    <message>
        <source>Raises index</source>
        <translation>提高指数</translation>
    </message>
    <message>
        <source>Lowers index</source>
        <translation>降低指数</translation>
    </message>
</context>
<context>
    <name>Gtm::PostgresWorkspaceStore</name>
    <message>
        <source>you may not change this workspace on the server (%1)</source>
        <translation>您无权更改服务器上的这个工作区（%1）</translation>
    </message>
    <message>
        <source>the location names no workspace (…?workspace=NAME)</source>
        <translation>位置没有指定工作区（…?workspace=名称）</translation>
    </message>
    <message>
        <source>cannot reach the server (%1)</source>
        <translation>无法连接服务器（%1）</translation>
    </message>
    <message>
        <source>you may not read this workspace on the server (%1)</source>
        <translation>您无权读取服务器上的这个工作区（%1）</translation>
    </message>
    <message>
        <source>not a GTM Workbench workspace (%1)</source>
        <translation>不是 GTM Workbench 工作区（%1）</translation>
    </message>
    <message>
        <source>there is no workspace &quot;%1&quot; in the database</source>
        <translation>数据库中没有工作区“%1”</translation>
    </message>
    <message>
        <source>the workspace has file format %1 on the server; this version reads %2</source>
        <translation>服务器上的工作区为文件格式 %1；此版本读取格式 %2</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>cannot save (%1); the workspace on the server is unchanged</source>
        <translation>无法保存（%1）；服务器上的工作区保持不变</translation>
    </message>
    <message>
        <source>it is being changed by %1; try again when that is done, or close it there</source>
        <translation>它正被 %1 更改；请在其完成后重试，或在那里关闭它</translation>
    </message>
    <message>
        <source>the workspace was laid out on the server by a newer GTM Workbench (layout %1; this version knows %2)</source>
        <translation>此工作区在服务器上由更新版本的 GTM Workbench 建立（布局 %1；本版本支持到 %2）</translation>
    </message>
    <message>
        <source>the workspace was made by an earlier GTM Workbench; its owner opens it once to bring it up to date</source>
        <translation>此工作区由较早版本的 GTM Workbench 建立；需由其所有者打开一次以完成升级</translation>
    </message>
    <message>
        <source>cannot bring the workspace up to date (%1)</source>
        <translation>无法升级工作区（%1）</translation>
    </message>
    <message>
        <source>cannot save: %1 field was changed by someone else since it was read (%2); nothing was written</source>
        <translation>无法保存：读取之后，有 %1 个字段被他人修改（%2）；未写入任何内容</translation>
    </message>
    <message>
        <source>cannot save: %1 fields were changed by someone else since they were read (%2); nothing was written</source>
        <translation>无法保存：读取之后，有 %1 个字段被他人修改（%2）；未写入任何内容</translation>
    </message>
    <message>
        <source>cannot save: with the changes made meanwhile, %1; nothing was written</source>
        <translation>无法保存：结合期间他人所做的修改，%1；未写入任何内容</translation>
    </message>
    <message>
        <source>cannot save: there is already a workspace &quot;%1&quot; in the database; open it to change it</source>
        <translation>无法保存：数据库中已有名为“%1”的工作区；请先打开它再修改</translation>
    </message>
    <message>
        <source>the workspace has no revision</source>
        <translation>工作区没有修订号</translation>
    </message>
    <message>
        <source>cannot follow colleagues&apos; changes (%1)</source>
        <translation>无法跟踪同事的修改（%1）</translation>
    </message>
    <message>
        <source>%1 indicator value belongs to no vertical</source>
        <translation>%1 个指标值不属于任何垂直行业</translation>
    </message>
    <message>
        <source>%1 indicator values belong to no vertical</source>
        <translation>%1 个指标值不属于任何垂直行业</translation>
    </message>
    <message>
        <source>%1 indicator value is of no known indicator</source>
        <translation>%1 个指标值对应的指标不存在</translation>
    </message>
    <message>
        <source>%1 indicator values are of no known indicator</source>
        <translation>%1 个指标值对应的指标不存在</translation>
    </message>
</context>
<context>
    <name>Gtm::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸 (Letter)</translation>
    </message>
    <message>
        <source>Who briefs are from</source>
        <translation>简报的署名人</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Brief &amp;author:</source>
        <translation>简报作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Brief &amp;page size:</source>
        <translation>简报纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>The language of the window; a brief chooses its own.</source>
        <translation>窗口使用的语言；简报的语言在导出时另选。</translation>
    </message>
    <message>
        <source>How numbers and dates are written in the window.</source>
        <translation>窗口中数字与日期的写法。</translation>
    </message>
    <message>
        <source>System: the platform&apos;s colours at start.</source>
        <translation>跟随系统：启动时平台的配色。</translation>
    </message>
    <message>
        <source>Numbers: %1 · Dates: %2</source>
        <translation>数字：%1 · 日期：%2</translation>
    </message>
    <message>
        <source>Recovery &amp;data every:</source>
        <translation>恢复数据保存间隔(&amp;D)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Unsaved changes are written aside this often, so that after a crash the next start can restore them. Off: never.</source>
        <translation>按此间隔另行写下未保存的更改，以便程序崩溃后下次启动时可以恢复。关闭：从不写入。</translation>
    </message>
    <message>
        <source>Write each edit to a team &amp;server as it is made</source>
        <translation>每次修改后立即写入团队服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Off: edits to a workspace on a server are written when you save, and colleagues&apos; changes are merged then.</source>
        <translation>关闭时：对服务器上工作区的修改在保存时写入，同事的修改也在那时合并。</translation>
    </message>
</context>
<context>
    <name>Gtm::PricingModel</name>
    <message>
        <source>Per seat</source>
        <translation>按席位</translation>
    </message>
    <message>
        <source>Usage based</source>
        <translation>按用量</translation>
    </message>
    <message>
        <source>Outcome based</source>
        <translation>按成果</translation>
    </message>
    <message>
        <source>Tiered subscription</source>
        <translation>分级订阅</translation>
    </message>
    <message>
        <source>Enterprise licence</source>
        <translation>企业许可</translation>
    </message>
    <message>
        <source>Freemium</source>
        <translation>免费增值</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>Gtm::ProductWorksheet</name>
    <message>
        <source>Product &amp;&amp; market</source>
        <translation>产品与市场</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>价值主张</translation>
    </message>
    <message>
        <source>Buyer personas</source>
        <translation>购买者角色</translation>
    </message>
    <message>
        <source>Everyone who has a say in buying, from the people who will use the product to the budget approver. The champion inside the customer must be able to explain what the AI decides: write down what each persona must be able to explain.</source>
        <translation>从将使用产品的人员到预算审批人，每一位对采购有发言权的人。客户内部的倡导者必须能够解释 AI 做出的决策：请写下每个角色必须能够解释的内容。</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>Marketing and promotion plan</source>
        <translation>营销与推广计划</translation>
    </message>
    <message>
        <source>The marketing and promotion plan: what, when and at what cost.</source>
        <translation>营销与推广计划：做什么、何时做、花费多少。</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>How the product reaches customers: direct sales, partners, marketplaces, OEM, and the share of revenue each should bring.</source>
        <translation>产品如何触达客户：直销、合作伙伴、云市场、OEM，以及每个渠道应带来的收入占比。</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>One-line pitch</source>
        <translation>一句话介绍</translation>
    </message>
    <message>
        <source>AI category</source>
        <translation>AI 类别</translation>
    </message>
    <message>
        <source>Custom category</source>
        <translation>自定义类别</translation>
    </message>
    <message>
        <source>when the category is Custom</source>
        <translation>类别为“自定义”时填写</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>Target market</source>
        <translation>目标市场</translation>
    </message>
    <message>
        <source>Product &amp;name:</source>
        <translation>产品名称(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;itch:</source>
        <translation>一句话介绍(&amp;I)：</translation>
    </message>
    <message>
        <source>AI c&amp;ategory:</source>
        <translation>AI 类别(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ustom category:</source>
        <translation>自定义类别(&amp;U)：</translation>
    </message>
    <message>
        <source>M&amp;odality:</source>
        <translation>模态(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Target market:</source>
        <translation>目标市场(&amp;T)：</translation>
    </message>
    <message>
        <source>What the product is and who it is for. The enterprise world is mostly non-visual: say which kind of data the product works on, and which market it targets first.</source>
        <translation>产品是什么、面向谁。企业界的大部分数据并非视觉数据：请说明产品处理哪类数据，以及首先面向哪个市场。</translation>
    </message>
    <message>
        <source>Value drivers</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>Framing warning</source>
        <translation>阐述方式警告</translation>
    </message>
    <message>
        <source>Which AI-driven advantage does the product bring? Rate each of the nine value drivers from 0 (not claimed) to 5, give the evidence, and say whether the value is told as an opportunity (better decisions, revenue not lost to delay, no brand damage) or as savings. Buyers are won by opportunity.</source>
        <translation>产品带来哪些由 AI 驱动的优势？请为九个价值驱动因素分别打分，从 0（未主张）到 5，提供证据，并说明该价值是以机会（更好的决策、不因延误而损失收入、避免品牌受损）还是以节省来阐述。打动购买者的是机会。</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>定价模式</translation>
    </message>
    <message>
        <source>Pricing rationale</source>
        <translation>定价依据</translation>
    </message>
    <message>
        <source>Pricing &amp;model:</source>
        <translation>定价模式(&amp;M)：</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>依据(&amp;A)：</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>价格档位</translation>
    </message>
    <message>
        <source>&amp;Price points:</source>
        <translation>价格档位(&amp;P)：</translation>
    </message>
    <message>
        <source>⚠ Every value driver you claim is framed as savings. Articulate value as opportunity — more accurate and consistent decisions, revenue not lost to a six-month delay, no brand damage from wrong decisions — rather than savings.</source>
        <translation>⚠ 您主张的每个价值驱动因素都以节省来阐述。请以机会而非节省来阐述价值——更准确、更一致的决策，不因六个月的延误而损失收入，不因错误决策而损害品牌。</translation>
    </message>
    <message>
        <source>Revenue shares add up to 100 %.</source>
        <translation>收入占比合计为 100%。</translation>
    </message>
    <message>
        <source>Revenue shares add up to %1 %, not 100 %.</source>
        <translation>收入占比合计为 %1%，而不是 100%。</translation>
    </message>
    <message>
        <source>Timing &amp;&amp; asks</source>
        <translation>时间安排与资源申请</translation>
    </message>
    <message>
        <source>&lt;b&gt;When each wave starts&lt;/b&gt; — the quarter the plan targets for the verticals the recommendation puts in each wave.</source>
        <translation>&lt;b&gt;各批次何时启动&lt;/b&gt;——建议归入每个批次的垂直行业，计划在哪个季度进入。</translation>
    </message>
    <message>
        <source>&amp;Go first:</source>
        <translation>优先进入(&amp;G)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt:</source>
        <translation>其次(&amp;X)：</translation>
    </message>
    <message>
        <source>Prepa&amp;re:</source>
        <translation>准备(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>2027 Q1</source>
        <translation>2027 年第一季度</translation>
    </message>
    <message>
        <source>&lt;b&gt;Asks&lt;/b&gt; — what the plan needs from leadership besides the marketing budget: people, money and decisions.</source>
        <translation>&lt;b&gt;资源申请&lt;/b&gt;——除营销预算之外，计划还需要管理层提供什么：人员、资金和决策。</translation>
    </message>
    <message>
        <source>Who the plan needs: roles, how many, from when.</source>
        <translation>计划需要哪些人：什么角色、多少人、从何时起。</translation>
    </message>
    <message>
        <source>in US dollars; empty: none</source>
        <translation>以美元计；留空表示不需要</translation>
    </message>
    <message>
        <source>The decisions leadership must take, one a line.</source>
        <translation>管理层需要作出的决策，每行一项。</translation>
    </message>
    <message>
        <source>Marketing budget</source>
        <translation>营销预算</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Budget beyond marketing (USD):</source>
        <translation>营销以外的预算（美元）(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Decisions needed:</source>
        <translation>需作出的决策(&amp;D)：</translation>
    </message>
    <message>
        <source>The decision document&apos;s last parts: when the plan moves, and what it asks for. The decision summary lists them beside the recommendation.</source>
        <translation>决策文档的最后两部分：计划何时推进，以及需要哪些资源。决策摘要会把它们与建议列在一起。</translation>
    </message>
    <message>
        <source>The marketing items have no budget yet (Marketing tab).</source>
        <translation>营销活动尚未填写预算（见“营销”选项卡）。</translation>
    </message>
    <message>
        <source>Marketing budget: %1 over %2 (Marketing tab).</source>
        <translation>营销预算：%2，共 %1（见“营销”选项卡）。</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
</context>
<context>
    <name>Gtm::Quadrant</name>
    <message>
        <source>Pursue now</source>
        <translation>立即推进</translation>
    </message>
    <message>
        <source>Proceed with safeguards</source>
        <translation>在保障下推进</translation>
    </message>
    <message>
        <source>Prepare the customer</source>
        <translation>培育客户</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>观察</translation>
    </message>
</context>
<context>
    <name>Gtm::QuadrantShareChart</name>
    <message>
        <source>Share of runs in each quadrant</source>
        <translation>各象限的运行占比</translation>
    </message>
    <message>
        <source>Share of runs</source>
        <translation>运行占比</translation>
    </message>
    <message>
        <source>The model has no readiness and risk indices, so there are no quadrants.</source>
        <translation>模型没有就绪度和风险指数，因此没有象限。</translation>
    </message>
</context>
<context>
    <name>Gtm::RadarChart</name>
    <message>
        <source>There are no scores yet.</source>
        <translation>尚无评分。</translation>
    </message>
    <message>
        <source>No scores: the scoring model has problems. %1</source>
        <translation>无评分：评分模型有问题。%1</translation>
    </message>
    <message>
        <source>Verticals compared on every index and dimension</source>
        <translation>各垂直行业在每个指数和维度上的比较</translation>
    </message>
    <message>
        <source>Choose two to six verticals to compare.</source>
        <translation>请选择两到六个垂直行业进行比较。</translation>
    </message>
    <message>
        <source>%1 (readiness)</source>
        <translation>%1（就绪度）</translation>
    </message>
    <message>
        <source>%1 (risk)</source>
        <translation>%1（风险）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>There is no vertical to compare.</source>
        <translation>没有可比较的垂直行业。</translation>
    </message>
</context>
<context>
    <name>Gtm::RankIntervalChart</name>
    <message>
        <source>How firm each %1 rank is</source>
        <translation>%1 排名的稳健程度</translation>
    </message>
    <message>
        <source>Rank among %1 verticals (1 is best)</source>
        <translation>在 %1 个垂直行业中的排名（1 为最佳）</translation>
    </message>
    <message>
        <source>Median rank</source>
        <translation>排名中位数</translation>
    </message>
    <message>
        <source>5–95 % of runs</source>
        <translation>5–95 % 的运行</translation>
    </message>
    <message>
        <source>25–75 % of runs</source>
        <translation>25–75 % 的运行</translation>
    </message>
</context>
<context>
    <name>Gtm::Recommendation</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional: %1 rests on %2 % of its weight (missing %3); %4 % is needed.</source>
        <translation>暂定：%1只有 %2% 的权重有数据（缺少%3）；至少需要 %4%。</translation>
    </message>
    <message>
        <source>No %1 score: %2.</source>
        <translation>没有%1得分：%2。</translation>
    </message>
    <message>
        <source>%1 at the baseline; the robustness runs are not done yet.</source>
        <translation>基准结果为“%1”；稳健性运行尚未完成。</translation>
    </message>
    <message>
        <source>%1 at the baseline, but no robustness run gave it both scores.</source>
        <translation>基准结果为“%1”，但没有一次稳健性运行同时得出两项得分。</translation>
    </message>
    <message>
        <source>%1 at the baseline, but only %2 % of the runs agree; %3 % are needed for a robust call.</source>
        <translation>基准结果为“%1”，但只有 %2% 的运行与之一致；稳健判断需要 %3%。</translation>
    </message>
    <message>
        <source>%1 at the baseline, but the runs are split: at most %2 % say %3; %4 % are needed for a robust call.</source>
        <translation>基准结果为“%1”，但运行结果分散：最多 %2% 为“%3”；稳健判断需要 %4%。</translation>
    </message>
    <message>
        <source>%1 in %2 % of the runs.</source>
        <translation>%2% 的运行结果为“%1”。</translation>
    </message>
    <message>
        <source>%1 at the baseline, but %2 % of the runs say %3.</source>
        <translation>基准结果为“%1”，但 %2% 的运行结果为“%3”。</translation>
    </message>
    <message>
        <source>Build the customer&apos;s readiness before selling.</source>
        <translation>先提升客户的就绪度，再推进销售。</translation>
    </message>
    <message>
        <source>Not yet: revisit when its readiness rises or its risk falls.</source>
        <translation>暂缓：待其就绪度提高或风险降低时再评估。</translation>
    </message>
    <message>
        <source>Go first: place %1 of %2 by readiness (%3).</source>
        <translation>优先进入：按就绪度排第 %1 位，共 %2 个（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>A go call, but go first is kept to the %n readiest (readiness %1).</source>
        <translation>
            <numerusform>可以推进，但优先进入只保留就绪度最高的 %n 个（就绪度 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Safeguards for its highest risks: %1.</source>
        <translation>针对其最高风险的保障措施：%1。</translation>
    </message>
    <message>
        <source>%1 (with safeguards)</source>
        <translation>%1（需保障措施）</translation>
    </message>
    <message>
        <source>Go first to %1.</source>
        <translation>优先进入%1。</translation>
    </message>
    <message>
        <source>Next, after the go-first verticals: %1.</source>
        <translation>在优先进入的行业之后：%1。</translation>
    </message>
    <message>
        <source>No vertical is a robust go call yet: prepare %1, where the risk is low.</source>
        <translation>尚无可稳健推进的行业：在风险较低的%1做好客户准备。</translation>
    </message>
    <message>
        <source>No vertical is ready yet, and the risk is high: monitor %1.</source>
        <translation>尚无就绪的行业，且风险较高：持续关注%1。</translation>
    </message>
    <message>
        <source>No recommendation until the robustness runs are done.</source>
        <translation>稳健性运行完成后才给出建议。</translation>
    </message>
    <message>
        <source>No verticals yet: add the candidate segments and fill in their worksheets.</source>
        <translation>尚无垂直行业：请先添加候选细分市场并填写其工作表。</translation>
    </message>
    <message>
        <source>No robust call yet: complete the worksheets of the undecided verticals.</source>
        <translation>尚无稳健判断：请补全待定行业的工作表。</translation>
    </message>
</context>
<context>
    <name>Gtm::RecommendationModel</name>
    <message>
        <source>No recommendation: the scoring model has problems.</source>
        <translation>无建议：评分模型有问题。</translation>
    </message>
    <message>
        <source>Wave and vertical</source>
        <translation>批次与垂直行业</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Quadrant in the runs</source>
        <translation>运行中的象限</translation>
    </message>
    <message>
        <source>Data coverage</source>
        <translation>数据覆盖</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The quadrant most of the %1 robustness runs put the vertical in, and how often; a call is robust from %2 %.</source>
        <translation>%1 次稳健性运行中最常把该垂直行业归入的象限及其比例；达到 %2% 即为稳健判断。</translation>
    </message>
    <message>
        <source>The share of the readiness and of the risk index&apos;s weight that rests on values present; below %1 % a score is provisional and never goes first.</source>
        <translation>就绪度指数和风险指数中有数据支撑的权重比例；低于 %1% 的得分为暂定，且不会被列为优先进入。</translation>
    </message>
    <message>
        <source>The readiest robust go calls, at most %1: pursue now, or proceed with the safeguards named, in at least %2 % of the runs.</source>
        <translation>就绪度最高的稳健推进判断，最多 %1 个：在至少 %2% 的运行中为“立即推进”或“在保障下推进”（采取所列保障措施）。</translation>
    </message>
    <message>
        <source>The other robust go calls, after the go-first verticals.</source>
        <translation>其余的稳健推进判断，排在优先进入的垂直行业之后。</translation>
    </message>
    <message>
        <source>Robustly &quot;prepare the customer&quot;: the risk is low, the readiness not yet.</source>
        <translation>稳健地处于“培育客户”：风险较低，但尚未就绪。</translation>
    </message>
    <message>
        <source>Robustly &quot;monitor&quot;: not ready, and the risk is high.</source>
        <translation>稳健地处于“观察”：尚未就绪，且风险较高。</translation>
    </message>
    <message>
        <source>Provisional (under %1 % data coverage), or no robust call (yet): complete the worksheets, or wait for the runs.</source>
        <translation>暂定（数据覆盖低于 %1%），或（尚）无稳健判断：请补全工作表，或等待运行完成。</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <translation>%1（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>%1, %2 %</source>
        <translation>%1，%2%</translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <translation>%1（正在更新…）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 provisional</source>
        <translation>%1 暂定</translation>
    </message>
    <message>
        <source>The robustness runs for the last edit are under way; until they are done this is what the runs before it said.</source>
        <translation>正在为最近一次编辑进行稳健性运行；完成之前，此处显示的是之前的运行结果。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>From the scores and %1 robustness runs (seed %2), as in the brief and &quot;gtm-workbench recommend&quot;: a call is robust when %3 % of the runs agree; go first are the %4 readiest robust go calls; a vertical with less than %5 % of an index&apos;s weight resting on values present is provisional, and undecided.</source>
        <translation>依据评分和 %1 次稳健性运行（种子 %2），与简报及“gtm-workbench recommend”一致：%3% 的运行结果一致即为稳健判断；优先进入的是就绪度最高的 %4 个稳健推进判断；某个指数的权重中有数据支撑的部分低于 %5% 的垂直行业为暂定，归入待定。</translation>
    </message>
    <message>
        <source>%1 · target %2</source>
        <translation>%1 · 目标 %2</translation>
    </message>
</context>
<context>
    <name>Gtm::RecommendationReport</name>
    <message>
        <source>readiness %1</source>
        <translation>就绪度 %1</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>风险 %1</translation>
    </message>
    <message>
        <source>coverage %1 / %2</source>
        <translation>数据覆盖 %1 / %2</translation>
    </message>
    <message>
        <source>PROVISIONAL</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Model: %1%2; thresholds readiness %3, risk %4; minimum coverage %5 %; robust share %6 %; go first at most %7; %8 robustness runs, seed %9.</source>
        <translation>模型：%1%2；阈值：就绪度 %3，风险 %4；最低数据覆盖 %5%；稳健比例 %6%；优先进入最多 %7 个；%8 次稳健性运行，种子 %9。</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;</source>
        <translation>情景“%1”</translation>
    </message>
</context>
<context>
    <name>Gtm::RecommendationView</name>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Robustness runs</source>
        <translation>稳健性运行</translation>
    </message>
    <message>
        <source>%v of %m runs</source>
        <translation>%v / %m 次运行</translation>
    </message>
    <message>
        <source>Waves of the recommendation</source>
        <translation>建议的批次</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>Quadrant in the runs</source>
        <translation>运行中的象限</translation>
    </message>
    <message>
        <source>Data coverage</source>
        <translation>数据覆盖</translation>
    </message>
    <message>
        <source>The robustness runs failed: %1</source>
        <translation>稳健性运行失败：%1</translation>
    </message>
    <message>
        <source>%1 runs over %2 verticals would need more than 1 GB: no robust calls.</source>
        <translation>对 %2 个垂直行业进行 %1 次运行需要超过 1 GB 内存：无稳健判断。</translation>
    </message>
    <message>
        <source>No recommendation: the scoring model has problems.</source>
        <translation>无建议：评分模型有问题。</translation>
    </message>
    <message>
        <source>%1 robustness runs of the current scores, in %2 s.</source>
        <translation>已对当前评分完成 %1 次稳健性运行，用时 %2 秒。</translation>
    </message>
    <message>
        <source>Running the %1 robustness runs behind the waves…</source>
        <translation>正在进行支撑各批次的 %1 次稳健性运行…</translation>
    </message>
    <message>
        <source>Updating: the quadrant shares and waves are of the runs before the last edit until %1 new runs are done…</source>
        <translation>正在更新：在 %1 次新运行完成之前，象限占比和批次仍基于最近一次编辑之前的运行…</translation>
    </message>
    <message>
        <source>Target quarter:</source>
        <translation>目标季度：</translation>
    </message>
    <message>
        <source>&amp;Go first</source>
        <translation>优先进入(&amp;G)</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>其次(&amp;X)</translation>
    </message>
    <message>
        <source>Prepa&amp;re</source>
        <translation>准备(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>2027 Q1</source>
        <translation>2027 年第一季度</translation>
    </message>
</context>
<context>
    <name>Gtm::RecordTableEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>上移所选行</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>下移所选行</translation>
    </message>
</context>
<context>
    <name>Gtm::RecordTableModel</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rows</source>
        <translation>
            <numerusform>添加 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rows</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1：“%2”不在可选项（%3）之中。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Gtm::Records</name>
    <message>
        <source>%1 must be %2 to %3.</source>
        <translation>%1 必须为 %2 到 %3。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be %2 or more.</source>
        <translation>%1 必须大于或等于 %2。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1: unknown choice.</source>
        <translation>%1：未知选项。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>There is no such row.</source>
        <translation>没有这样的行。</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 不能更改。</translation>
    </message>
    <message>
        <source>A vertical needs a name.</source>
        <translation>垂直行业需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a vertical named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的垂直行业。</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>指标需要一个名称。</translation>
    </message>
    <message>
        <source>The minimum must be below the maximum.</source>
        <translation>最小值必须小于最大值。</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; is %3, outside that range.</source>
        <translation>“%2”的%1为 %3，超出该范围。</translation>
    </message>
    <message>
        <source>A weight must be a number, zero or more.</source>
        <translation>权重必须是大于或等于零的数字。</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>新购买者角色</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新档位</translation>
    </message>
    <message>
        <source>per user per month</source>
        <translation>每用户每月</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新渠道</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>新挑战</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>新维度</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>一句话介绍</translation>
    </message>
    <message>
        <source>AI category</source>
        <translation>AI 类别</translation>
    </message>
    <message>
        <source>Custom category</source>
        <translation>自定义类别</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>Target market</source>
        <translation>目标市场</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>定价模式</translation>
    </message>
    <message>
        <source>Pricing rationale</source>
        <translation>定价依据</translation>
    </message>
    <message>
        <source>Value driver</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>阐述方式</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Buying committee</source>
        <translation>采购委员会</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>顾虑</translation>
    </message>
    <message>
        <source>Must be able to explain</source>
        <translation>必须能够解释</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>价格（美元）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>预算（美元）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Revenue share (%)</source>
        <translation>收入占比（%）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Context notes</source>
        <translation>背景备注</translation>
    </message>
    <message>
        <source>Capabilities notes</source>
        <translation>能力备注</translation>
    </message>
    <message>
        <source>Consequences notes</source>
        <translation>后果备注</translation>
    </message>
    <message>
        <source>Who wins</source>
        <translation>受益者</translation>
    </message>
    <message>
        <source>Who must reinvent themselves</source>
        <translation>需要重新定位自身的人</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>利益相关方</translation>
    </message>
    <message>
        <source>Explainability need</source>
        <translation>解释需求</translation>
    </message>
    <message>
        <source>Technology first</source>
        <translation>技术优先</translation>
    </message>
    <message>
        <source>POC (months)</source>
        <translation>概念验证（月）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>Readiness threshold</source>
        <translation>就绪度阈值</translation>
    </message>
    <message>
        <source>Risk threshold</source>
        <translation>风险阈值</translation>
    </message>
    <message>
        <source>Minimum coverage (%)</source>
        <translation>最低数据覆盖（%）</translation>
    </message>
    <message>
        <source>Robust share (%)</source>
        <translation>稳健比例（%）</translation>
    </message>
    <message>
        <source>Go first at most</source>
        <translation>优先进入最多</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>情景名称</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>Goalpost low</source>
        <translation>目标值下限</translation>
    </message>
    <message>
        <source>Goalpost high</source>
        <translation>目标值上限</translation>
    </message>
    <message>
        <source>Log transform</source>
        <translation>对数变换</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>情景需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a scenario named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的情景。</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <source>There is no such scenario.</source>
        <translation>没有这样的情景。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters)</source>
        <translation>
            <numerusform>（另有 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Go first: target quarter</source>
        <translation>优先进入：目标季度</translation>
    </message>
    <message>
        <source>Next: target quarter</source>
        <translation>其次：目标季度</translation>
    </message>
    <message>
        <source>Prepare: target quarter</source>
        <translation>准备：目标季度</translation>
    </message>
    <message>
        <source>People asked for</source>
        <translation>所需人员</translation>
    </message>
    <message>
        <source>Budget beyond marketing (USD)</source>
        <translation>营销以外的预算（美元）</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>需作出的决策</translation>
    </message>
    <message>
        <source>Safeguards and mitigations</source>
        <translation>保障与缓解措施</translation>
    </message>
    <message>
        <source>The name cannot be used: %1.</source>
        <translation>无法使用该名称：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in indicator&apos;s name; give it another.</source>
        <translation>“%1”是内置指标的名称；请另取一个名称。</translation>
    </message>
</context>
<context>
    <name>Gtm::ReferenceFigure</name>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Gtm::ReferencePanel</name>
    <message>
        <source>Insert into worksheet</source>
        <translation>插入到工作表</translation>
    </message>
    <message>
        <source>Reference figures</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <source>Put the selected figure into the selected vertical&apos;s worksheet, with its source</source>
        <translation>将所选数据连同其来源插入所选垂直行业的工作表</translation>
    </message>
    <message>
        <source>For %1&apos;s worksheet</source>
        <translation>用于 %1 的工作表</translation>
    </message>
    <message>
        <source>For a vertical&apos;s worksheet</source>
        <translation>用于垂直行业的工作表</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景资料</translation>
    </message>
    <message>
        <source>Fits: %1. Now: %2.</source>
        <translation>适用于：%1。当前值：%2。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Insert into %1</source>
        <translation>插入到 %1</translation>
    </message>
    <message>
        <source>%1 set to %2 (%3).</source>
        <translation>已将 %1 设为 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>Gtm::RobustnessCharts</name>
    <message>
        <source>top %1 of %2 verticals by median rank</source>
        <translation>按排名中位数排前 %1 个（共 %2 个）</translation>
    </message>
    <message>
        <source>cancelled after %1 runs</source>
        <translation>已在 %1 次运行后取消</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 次运行</translation>
    </message>
    <message>
        <source>There is no robustness result yet.</source>
        <translation>尚无稳健性结果。</translation>
    </message>
    <message>
        <source>No runs were made.</source>
        <translation>未进行任何运行。</translation>
    </message>
    <message>
        <source>No vertical got a %1 score.</source>
        <translation>没有垂直行业获得 %1 评分。</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <comment>part of the verticals</comment>
        <translation>（第 %1 部分，共 %2 部分）</translation>
    </message>
</context>
<context>
    <name>Gtm::SafeFiles</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>它是设备，不是文件</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a file</source>
        <translation>它是命名管道（FIFO），不是文件</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>它是套接字，不是文件</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>文件过大（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>the disk is mounted read-only</source>
        <translation>磁盘以只读方式挂载</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>input/output error on the disk</source>
        <translation>磁盘输入/输出错误</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>it is a link to %1, which does not exist; no file is created there</source>
        <translation>它是指向 %1 的链接，而该目标不存在；不会在那里创建文件</translation>
    </message>
    <message>
        <source>cannot write there: %1</source>
        <translation>无法写入该位置：%1</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>cannot write there (%1)</source>
        <translation>无法写入该位置（%1）</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2)</source>
        <translation>无法在文件夹 %1 中写入（%2）</translation>
    </message>
    <message>
        <source>cannot write the file (%1); any previous file is unchanged</source>
        <translation>无法写入文件（%1）；原有文件保持不变</translation>
    </message>
</context>
<context>
    <name>Gtm::ScenarioCompareView</name>
    <message>
        <source>Scenario comparison</source>
        <translation>情景比较</translation>
    </message>
    <message>
        <source>Choose a scenario to compare with the baseline.</source>
        <translation>请选择一个情景与基准比较。</translation>
    </message>
    <message>
        <source>Updating the comparison…</source>
        <translation>正在更新比较…</translation>
    </message>
    <message>
        <source>The workspace has no scenarios yet: make one from the model with New Scenario.</source>
        <translation>工作区还没有情景：请在模型中用“新建情景”创建一个。</translation>
    </message>
    <message>
        <source>Comparing &quot;%1&quot; with the baseline (1,000 robustness runs each)…</source>
        <translation>正在比较“%1”与基准（各进行 1,000 次稳健性运行）…</translation>
    </message>
    <message>
        <source>The baseline model has problems: %1</source>
        <translation>基准模型有问题：%1</translation>
    </message>
    <message>
        <source>The scenario&apos;s model has problems: %1</source>
        <translation>情景的模型有问题：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; against the baseline: no vertical changes its rank, quadrant or wave.</source>
        <translation>“%1”与基准相比：没有垂直行业的排名、象限或批次发生变化。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; against the baseline: %2 change rank, quadrant or wave (in bold).</source>
        <translation>“%1”与基准相比：%2的排名、象限或批次发生变化（以粗体显示）。</translation>
    </message>
    <message>
        <source>%1 vertical</source>
        <translation>%1 个垂直行业</translation>
    </message>
    <message>
        <source>%1 verticals</source>
        <translation>%1 个垂直行业</translation>
    </message>
</context>
<context>
    <name>Gtm::ScenarioComparison</name>
    <message>
        <source>Vertical</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; against the baseline (before → after):</source>
        <translation>情景“%1”与基准相比（变化前 → 变化后）：</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Readiness rank shifts</source>
        <translation>就绪度排名变化</translation>
    </message>
    <message>
        <source>Quadrant shifts</source>
        <translation>象限变化</translation>
    </message>
    <message>
        <source>Wave shifts</source>
        <translation>批次变化</translation>
    </message>
</context>
<context>
    <name>Gtm::ScenarioComparisonModel</name>
    <message>
        <source>Provisional: its scores rest on too little data to decide on.</source>
        <translation>暂定：其评分所依据的数据太少，不足以做出决策。</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>Readiness rank</source>
        <translation>就绪度排名</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Risk rank</source>
        <translation>风险排名</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
</context>
<context>
    <name>Gtm::ScorePanel</name>
    <message>
        <source>Readiness score</source>
        <translation>就绪度得分</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>风险得分</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>AI potential (readiness)</source>
        <translation>AI 潜力（就绪度）</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>What adds most</source>
        <translation>贡献最大的因素</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Top contributions</source>
        <translation>主要贡献</translation>
    </message>
    <message>
        <source>No vertical selected</source>
        <translation>未选择垂直行业</translation>
    </message>
    <message>
        <source>The scoring model has problems, so there are no scores: %1</source>
        <translation>评分模型有问题，因此没有评分：%1</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-size:small; font-weight:normal&quot;&gt;rank %2 of %3&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;font-size:small; font-weight:normal&quot;&gt;第 %2 名，共 %3 个&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No quadrant: a score is missing</source>
        <translation>无象限：缺少一项得分</translation>
    </message>
    <message>
        <source>Readiness data coverage</source>
        <translation>就绪度数据覆盖</translation>
    </message>
    <message>
        <source>Risk data coverage</source>
        <translation>风险数据覆盖</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1; font-weight:600&quot;&gt;Provisional&lt;/span&gt; · %2</source>
        <translation>&lt;span style=&quot;color:%1; font-weight:600&quot;&gt;暂定&lt;/span&gt; · %2</translation>
    </message>
    <message>
        <source>Below the model&apos;s minimum of %1 of the index&apos;s weight: the score is shown, but no decision rests on it.</source>
        <translation>低于模型规定的指数权重最低比例 %1：显示该得分，但不据此做出任何决策。</translation>
    </message>
    <message>
        <source>The share of the index&apos;s weight that rests on values present.</source>
        <translation>指数权重中有数据支撑的比例。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;(provisional: complete the worksheets before deciding)&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;（暂定：请先补全工作表再做决策）&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Gtm::ScoreReport</name>
    <message>
        <source>Vertical</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>%1 rank 5–95 %</source>
        <translation>%1排名 5–95%</translation>
    </message>
    <message>
        <source>Same quadrant</source>
        <translation>同一象限</translation>
    </message>
    <message>
        <source>Top contributions</source>
        <translation>主要贡献</translation>
    </message>
    <message>
        <source>Model: %1; quadrant thresholds readiness %2, risk %3; missing values: %4.</source>
        <translation>模型：%1；象限阈值：就绪度 %2，风险 %3；缺失值：%4。</translation>
    </message>
    <message>
        <source>Sensitivity: %1 runs, weights ±%2 %, seed %3.</source>
        <translation>敏感性：%1 次运行，权重 ±%2%，种子 %3。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>数据覆盖</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Coverage: the share of each index&apos;s weight resting on values present; below %1 % a score is provisional.</source>
        <translation>数据覆盖：每个指数的权重中有数据支撑的比例；低于 %1% 的得分为暂定。</translation>
    </message>
    <message>
        <source>Provisional: %1.</source>
        <translation>暂定：%1。</translation>
    </message>
    <message>
        <source>readiness rank 5–95 %</source>
        <translation>就绪度排名 5–95%</translation>
    </message>
    <message>
        <source>risk rank 5–95 %</source>
        <translation>风险排名 5–95%</translation>
    </message>
</context>
<context>
    <name>Gtm::ScoringEngine</name>
    <message>
        <source>missing %1</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1: a log transform needs a value above 0</source>
        <translation>%1：对数变换要求值大于 0</translation>
    </message>
    <message>
        <source>no values for the indicators of this index</source>
        <translation>此指数的指标没有任何值</translation>
    </message>
</context>
<context>
    <name>Gtm::ServerDialog</name>
    <message>
        <source>&amp;List Workspaces</source>
        <translation>列出工作区(&amp;L)</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>从服务器打开</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <translation>postgresql://用户@主机:5432/数据库</translation>
    </message>
    <message>
        <source>The PostgreSQL database your team keeps workspaces in. A password is asked for when the server wants one, and kept for this session only.</source>
        <translation>团队存放工作区的 PostgreSQL 数据库。服务器需要密码时会询问，密码只在本次会话中保留。</translation>
    </message>
    <message>
        <source>Workspaces on the server</source>
        <translation>服务器上的工作区</translation>
    </message>
    <message>
        <source>Pick one above, or type its name</source>
        <translation>从上面选择，或输入名称</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Workspaces:</source>
        <translation>工作区列表：</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>工作区(&amp;W)：</translation>
    </message>
    <message>
        <source>Cannot list the workspaces: %1</source>
        <translation>无法列出工作区：%1</translation>
    </message>
    <message>
        <source>There is no workspace in this database that you may read.</source>
        <translation>此数据库中没有你可以查看的工作区。</translation>
    </message>
    <message>
        <source>%1 workspace you may read.</source>
        <translation>你可以查看 %1 个工作区。</translation>
    </message>
    <message>
        <source>%1 workspaces you may read.</source>
        <translation>你可以查看 %1 个工作区。</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>你的角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1

The server asks for the password of %2. It is kept for this session only.</source>
        <translation>%1

服务器要求输入 %2 的密码。密码只在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>Gtm::ServerLocation</name>
    <message>
        <source>a workspace name may not be empty or begin or end with a space</source>
        <translation>工作区名称不能为空，也不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>a workspace name holds at most 63 bytes (UTF-8); &quot;%1&quot; has %2</source>
        <translation>工作区名称最多 63 个字节（UTF-8）；“%1”有 %2 个字节</translation>
    </message>
    <message>
        <source>character %1 of the workspace name may not be used there</source>
        <translation>工作区名称的第 %1 个字符不能用在这里</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name the server keeps for itself</source>
        <translation>“%1”是服务器自己保留的名称</translation>
    </message>
    <message>
        <source>a server location begins with postgresql://</source>
        <translation>服务器位置以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>a location holds no password; libpq takes it from ~/.pgpass or PGPASSWORD, or the window asks for it</source>
        <translation>位置中不包含密码；libpq 从 ~/.pgpass 或 PGPASSWORD 获取密码，或由窗口询问</translation>
    </message>
    <message>
        <source>the user name in the location is not well encoded</source>
        <translation>位置中的用户名编码不正确</translation>
    </message>
    <message>
        <source>an address in brackets is not closed</source>
        <translation>方括号中的地址没有闭合</translation>
    </message>
    <message>
        <source>only a port may follow the address</source>
        <translation>地址后面只能跟端口</translation>
    </message>
    <message>
        <source>the host in the location is not well encoded</source>
        <translation>位置中的主机名编码不正确</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>端口必须是 1 到 65535 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>the location names one database after the host, and nothing further</source>
        <translation>位置在主机之后只能指定一个数据库，不能再有其他内容</translation>
    </message>
    <message>
        <source>the database name in the location is not well encoded</source>
        <translation>位置中的数据库名称编码不正确</translation>
    </message>
    <message>
        <source>the location names no database: postgresql://HOST/DATABASE</source>
        <translation>位置没有指定数据库：postgresql://主机/数据库</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not NAME=VALUE</source>
        <translation>参数“%1”不是“名称=值”的形式</translation>
    </message>
</context>
<context>
    <name>Gtm::SlopeChart</name>
    <message>
        <source>Readiness rank: baseline → &quot;%1&quot; (the %2 largest moves of %3)</source>
        <translation>就绪度排名：基准 → “%1”（%3 个中变化最大的 %2 个）</translation>
    </message>
    <message>
        <source>Readiness rank: baseline → &quot;%1&quot;</source>
        <translation>就绪度排名：基准 → “%1”</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
</context>
<context>
    <name>Gtm::SpreadsheetClipboard</name>
    <message>
        <source>Paste %1 cells</source>
        <translation>粘贴 %1 个单元格</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 个。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>These cells kept their value:</source>
        <translation>以下单元格保留了原值：</translation>
    </message>
    <message>
        <source>Paste Cells</source>
        <translation>粘贴单元格</translation>
    </message>
</context>
<context>
    <name>Gtm::SqliteWorkspaceStore</name>
    <message>
        <source>cannot read the file to keep a backup (%1)</source>
        <translation>无法读取文件以保留备份（%1）</translation>
    </message>
    <message>
        <source>cannot keep a backup of the file format %1 workspace as %2 (%3)</source>
        <translation>无法将文件格式 %1 的工作区备份为 %2（%3）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a workspace file</source>
        <translation>是文件夹，不是工作区文件</translation>
    </message>
    <message>
        <source>not a GTM Workbench workspace (an SQLite database of another program)</source>
        <translation>不是 GTM Workbench 工作区（是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>the workspace was saved by a newer GTM Workbench (file format %1; this version reads up to %2); it was left untouched</source>
        <translation>该工作区由更新版本的 GTM Workbench 保存（文件格式 %1；此版本最高可读取 %2）；未对其做任何改动</translation>
    </message>
    <message>
        <source>the workspace has an unknown file format version %1</source>
        <translation>该工作区的文件格式版本 %1 未知</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1)</source>
        <translation>工作区文件已损坏（%1）</translation>
    </message>
    <message>
        <source>cannot make a working copy to upgrade the file format %1 workspace</source>
        <translation>无法创建工作副本以升级文件格式 %1 的工作区</translation>
    </message>
    <message>
        <source>cannot upgrade the workspace from file format %1 (%2)</source>
        <translation>无法从文件格式 %1 升级工作区（%2）</translation>
    </message>
    <message>
        <source>cannot save: the file now holds a workspace of a newer GTM Workbench (file format %1); save under another name to keep both</source>
        <translation>无法保存：该文件现在保存的是更新版本 GTM Workbench 的工作区（文件格式 %1）；请以其他名称保存以保留两者</translation>
    </message>
    <message>
        <source>cannot write in the folder %1 (%2)</source>
        <translation>无法在文件夹 %1 中写入（%2）</translation>
    </message>
    <message>
        <source>cannot save (%1); the previous file is unchanged</source>
        <translation>无法保存（%1）；原文件未更改</translation>
    </message>
    <message>
        <source>the workspace was saved by a newer GTM Workbench (file format %1; this version reads up to %2)</source>
        <translation>该工作区由更新版本的 GTM Workbench 保存（文件格式 %1；此版本最高可读取 %2）</translation>
    </message>
    <message>
        <source>table %1, row %2 refers to a missing row of %3</source>
        <translation>表 %1 的第 %2 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>scoring model: %1</source>
        <translation>评分模型：%1</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>not a GTM Workbench workspace (the file is not an SQLite database)</source>
        <translation>不是 GTM Workbench 工作区（该文件不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>the workspace file is truncated (%1 bytes, shorter than its own header)</source>
        <translation>工作区文件被截断（%1 字节，比其文件头还短）</translation>
    </message>
    <message>
        <source>the workspace file is truncated (%1 of %2 bytes are there)</source>
        <translation>工作区文件被截断（仅有 %2 字节中的 %1 字节）</translation>
    </message>
    <message>
        <source>the workspace file holds &quot;%1&quot; in %2, which is not a number</source>
        <translation>工作区文件的 %2 中包含“%1”，它不是数字</translation>
    </message>
    <message>
        <source>the workspace holds an unknown %1 &quot;%2&quot;</source>
        <translation>工作区中包含未知的%1“%2”</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>无法替换文件</translation>
    </message>
    <message>
        <source>cannot replace the file (%1)</source>
        <translation>无法替换文件（%1）</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: %2</source>
        <translation>情景“%1”：%2</translation>
    </message>
    <message>
        <source>cannot read the workspace file (%1)</source>
        <translation>无法读取工作区文件（%1）</translation>
    </message>
    <message>
        <source>product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>pricing model</source>
        <translation>定价模式</translation>
    </message>
    <message>
        <source>buying-committee role</source>
        <translation>采购委员会角色</translation>
    </message>
    <message>
        <source>value driver</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>framing</source>
        <translation>阐述方式</translation>
    </message>
    <message>
        <source>marketing item kind</source>
        <translation>营销项目类型</translation>
    </message>
    <message>
        <source>channel kind</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <source>indicator dimension</source>
        <translation>指标维度</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>利益相关方</translation>
    </message>
    <message>
        <source>table %1 has a row that refers to a missing row of %2</source>
        <translation>表 %1 中有一行引用了 %2 中不存在的行</translation>
    </message>
    <message>
        <source>cannot make a private copy to read the workspace&apos;s unfinished changes (%1)</source>
        <translation>无法建立私有副本来读取工作区未完成的更改（%1）</translation>
    </message>
    <message>
        <source>cannot make a private copy to read the workspace&apos;s unfinished changes</source>
        <translation>无法建立私有副本来读取工作区未完成的更改</translation>
    </message>
    <message>
        <source>cannot recover the changes another program left unfinished beside the workspace (%1)</source>
        <translation>无法恢复其他程序在工作区旁留下的未完成更改（%1）</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>其他程序</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>it is being changed by %1; try again when that is done, or close it there</source>
        <translation>它正被 %1 更改；请在其完成后重试，或在那里关闭它</translation>
    </message>
    <message>
        <source>cannot lock it for writing: no lock file can be made in the folder %1 (%2)</source>
        <translation>无法为写入加锁：无法在文件夹 %1 中创建锁文件（%2）</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>cannot flush the new file to disk (%1)</source>
        <translation>无法把新文件写入磁盘（%1）</translation>
    </message>
    <message>
        <source>cannot remove %1, which SQLite would apply to the new file</source>
        <translation>无法删除 %1，SQLite 会把它应用到新文件上</translation>
    </message>
    <message>
        <source>cannot save (%1); no file was made</source>
        <translation>无法保存（%1）；没有生成文件</translation>
    </message>
</context>
<context>
    <name>Gtm::StartPage</name>
    <message>
        <source>&amp;Show this page at start</source>
        <translation>启动时显示此页(&amp;S)</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <source>GTM Workbench</source>
        <translation>GTM Workbench</translation>
    </message>
    <message>
        <source>Plan the go-to-market of an enterprise AI product: which verticals to enter first, why, and what it takes.</source>
        <translation>规划企业 AI 产品的市场进入：先进入哪些垂直行业、为什么，以及需要投入什么。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>新建工作区(&amp;N)</translation>
    </message>
    <message>
        <source>An empty workspace</source>
        <translation>一个空白工作区</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>A workspace file (.gtmw)</source>
        <translation>工作区文件（.gtmw）</translation>
    </message>
    <message>
        <source>Open from Se&amp;rver…</source>
        <translation>从服务器打开(&amp;R)…</translation>
    </message>
    <message>
        <source>A team workspace on PostgreSQL</source>
        <translation>PostgreSQL 上的团队工作区</translation>
    </message>
    <message>
        <source>Open the S&amp;ample</source>
        <translation>打开示例(&amp;A)</translation>
    </message>
    <message>
        <source>ClauseLens, a contract-review assistant, with 12 verticals filled in</source>
        <translation>ClauseLens：一款合同审阅助手，已填好 12 个垂直行业</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>最近的工作区(&amp;R)</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>The method in one minute</source>
        <translation>一分钟了解方法</translation>
    </message>
    <message>
        <source>1. For the product and for each candidate vertical, fill in four dimensions: Context (how ready the vertical is for AI), Challenges (the problems the product solves there), Capabilities (data, digital maturity, sponsors, talent) and Consequences (what AI changes for its people).</source>
        <translation>1. 为产品和每个候选垂直行业填写四个维度：背景（该行业对 AI 的准备程度）、挑战（产品在那里解决的问题）、能力（数据、数字化成熟度、高层支持、人才）和后果（AI 给那里的人带来的变化）。</translation>
    </message>
    <message>
        <source>2. The workbench turns them into two indices from 0 to 100: AI potential (readiness) and risk, each with its coverage: how much of it rests on data.</source>
        <translation>2. 工作台据此算出两个 0 到 100 的指数：AI 潜力（就绪度）和风险，并给出各自的数据覆盖，即其中有多少以数据为依据。</translation>
    </message>
    <message>
        <source>3. The two indices place each vertical in a quadrant: pursue now, proceed with safeguards, prepare the customer or monitor. The recommendation puts the verticals into waves, and the brief explains it to leadership.</source>
        <translation>3. 两个指数把每个垂直行业放进一个象限：立即推进、在保障下推进、培育客户或观察。推荐把各垂直行业分入不同批次，简报再向管理层说明原因。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Go to the worksheets</source>
        <translation>前往工作表</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <source>None yet: workspaces you open appear here.</source>
        <translation>暂无：打开过的工作区会显示在这里。</translation>
    </message>
</context>
<context>
    <name>Gtm::TableClipboard</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Pasted %1 cell</source>
        <translation>已粘贴 %1 个单元格</translation>
    </message>
    <message>
        <source>Pasted %1 cells</source>
        <translation>已粘贴 %1 个单元格</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 个被拒绝</translation>
    </message>
    <message>
        <source>%1 in computed columns left as they are</source>
        <translation>%1 个位于计算列中，保持不变</translation>
    </message>
    <message>
        <source>%1 beyond the table left out</source>
        <translation>%1 个超出表格范围，未粘贴</translation>
    </message>
</context>
<context>
    <name>Gtm::TableImport</name>
    <message>
        <source>column %1 has no heading</source>
        <translation>第 %1 列没有标题</translation>
    </message>
    <message>
        <source>two columns name the vertical (&quot;%1&quot; and &quot;%2&quot;)</source>
        <translation>有两列都表示垂直行业（“%1”和“%2”）</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is %2, which is computed from each vertical&apos;s challenges and cannot be imported</source>
        <translation>列“%1”是%2，它由各垂直行业的挑战计算得出，不能导入</translation>
    </message>
    <message>
        <source>Imported from a table column headed &quot;%1&quot;.</source>
        <translation>从标题为“%1”的表格列导入。</translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; are the same indicator (%3)</source>
        <translation>列“%1”和“%2”是同一个指标（%3）</translation>
    </message>
    <message>
        <source>no column names the verticals; head one column &quot;vertical&quot;</source>
        <translation>没有表示垂直行业的列；请将其中一列的标题设为“vertical”</translation>
    </message>
    <message>
        <source>%1 %2: the vertical has no name</source>
        <translation>第 %2 %1：该垂直行业没有名称</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; was already given on %1 %4</source>
        <translation>第 %2 %1：“%3”已在第 %4 %1给出</translation>
    </message>
    <message>
        <source>%1 %2, column &quot;%3&quot;: &quot;%4&quot; is not a number</source>
        <translation>第 %2 %1，列“%3”：“%4”不是数字</translation>
    </message>
    <message>
        <source>%1 %2, column &quot;%3&quot;: %4 is outside the allowed range (%5)</source>
        <translation>第 %2 %1，列“%3”：%4 超出允许范围（%5）</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>第 %2 %1：%3</translation>
    </message>
</context>
<context>
    <name>Gtm::TeamPanel</name>
    <message>
        <source>Team changes</source>
        <translation>团队修改</translation>
    </message>
    <message>
        <source>Who changed what appears here for a workspace on a team server (File ▸ Open from Server).</source>
        <translation>对于团队服务器上的工作区，谁改了什么会显示在这里（文件 ▸ 从服务器打开）。</translation>
    </message>
    <message>
        <source>Cannot read the team&apos;s changes: %1</source>
        <translation>无法读取团队的修改：%1</translation>
    </message>
    <message>
        <source>Team changes: none yet.</source>
        <translation>团队修改：暂无。</translation>
    </message>
    <message>
        <source>Team changes, newest first:</source>
        <translation>团队修改（最新在前）：</translation>
    </message>
    <message>
        <source>%1, %2
%3: %4 → %5</source>
        <translation>%1，%2
%3：%4 → %5</translation>
    </message>
</context>
<context>
    <name>Gtm::ValueDriverKind</name>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Brand / status</source>
        <translation>品牌 / 地位</translation>
    </message>
    <message>
        <source>Risk reduction</source>
        <translation>降低风险</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>可及性</translation>
    </message>
    <message>
        <source>Convenience / usability</source>
        <translation>便利 / 易用性</translation>
    </message>
    <message>
        <source>Agility</source>
        <translation>敏捷性</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
</context>
<context>
    <name>Gtm::VerticalListModel</name>
    <message>
        <source>No score yet</source>
        <translation>尚无评分</translation>
    </message>
    <message>
        <source>Readiness %1 · risk %2 · %3</source>
        <translation>就绪度 %1 · 风险 %2 · %3</translation>
    </message>
</context>
<context>
    <name>Gtm::VerticalNavigator</name>
    <message>
        <source>Filter verticals</source>
        <translation>筛选垂直行业</translation>
    </message>
    <message>
        <source>Workspace order</source>
        <translation>工作区顺序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Readiness, highest first</source>
        <translation>就绪度（从高到低）</translation>
    </message>
    <message>
        <source>Risk, highest first</source>
        <translation>风险（从高到低）</translation>
    </message>
    <message>
        <source>Sort verticals</source>
        <translation>垂直行业排序</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a vertical</source>
        <translation>添加垂直行业</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected vertical</source>
        <translation>复制所选垂直行业</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected vertical</source>
        <translation>删除所选垂直行业</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>排序(&amp;S)：</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; (Undo brings it back).</source>
        <translation>已删除“%1”（撤销可恢复）。</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
</context>
<context>
    <name>Gtm::VerticalTableModel</name>
    <message>
        <source>No value yet (missing, not zero).</source>
        <translation>尚无值（缺失，而非零）。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data coverage&lt;/b&gt; &lt;i&gt;(readiness / risk)&lt;/i&gt;&lt;/p&gt;&lt;p&gt;The share of each index&apos;s weight that rests on values present. Below %1 % a vertical&apos;s scores are provisional: shown, but no decision rests on them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;数据覆盖&lt;/b&gt; &lt;i&gt;（就绪度 / 风险）&lt;/i&gt;&lt;/p&gt;&lt;p&gt;每个指数的权重中有数据支撑的比例。低于 %1% 时，该垂直行业的评分为暂定：会显示，但不据此做出任何决策。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 provisional</source>
        <translation>%1 暂定</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;(%2, %3)&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;（%2，%3）&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Readiness
(0–100)</source>
        <translation>就绪度
（0–100）</translation>
    </message>
    <message>
        <source>Risk
(0–100)</source>
        <translation>风险
（0–100）</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Where the vertical falls by readiness and risk against the model&apos;s thresholds.</source>
        <translation>按就绪度和风险相对于模型阈值，该垂直行业所在的象限。</translation>
    </message>
    <message>
        <source>The index&apos;s score, 0 to 100, from the scoring model; read-only.</source>
        <translation>该指数的得分（0 到 100），由评分模型算出；只读。</translation>
    </message>
    <message>
        <source>Data coverage
(readiness / risk)</source>
        <translation>数据覆盖
（就绪度 / 风险）</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
（%2）</translation>
    </message>
</context>
<context>
    <name>Gtm::VerticalWorksheet</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&lt;b&gt;Context&lt;/b&gt; — where is this vertical in its overall AI strategy? How enthusiastic is it about AI compared with others, and where do its buyers sit between the data scientists&apos; equations and the media&apos;s general-AI fantasies? Knowing what the target expects from machine learning shortens the GTM cycle.</source>
        <translation>&lt;b&gt;背景&lt;/b&gt; — 该垂直行业在其整体 AI 战略中处于什么阶段？与其他行业相比，它对 AI 的热情如何？其购买者的看法处在数据科学家的方程式与媒体对通用人工智能的幻想之间的哪个位置？了解目标客户对机器学习的期望，可以缩短 GTM 周期。</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capabilities&lt;/b&gt; — can the customer adopt AI? The gap between leaders and laggards is driven by access to data, digital maturity and executive sponsorship. Does the customer have relevant data, and the habit of collecting the data needed to train models? Frontier sectors: finance, automotive, technology, telecom; slower adopters: healthcare, construction, travel, education.</source>
        <translation>&lt;b&gt;能力&lt;/b&gt; — 客户能否采用 AI？领先者与落后者之间的差距取决于数据获取、数字化成熟度和高管支持。客户是否拥有相关数据，是否有收集训练模型所需数据的习惯？前沿行业：金融、汽车、科技、电信；采用较慢的行业：医疗、建筑、旅游、教育。</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consequences&lt;/b&gt; — the long-term effects of this vertical joining the AI ecosystem: safety and ethics, labour, social governance. Low-skill jobs are at higher risk (14 % of jobs across 32 OECD countries are highly automatable, 32 % at risk of significant change). Products that augment the customer&apos;s workforce are adopted more readily.</source>
        <translation>&lt;b&gt;后果&lt;/b&gt; — 该垂直行业加入 AI 生态系统的长期影响：安全与伦理、劳动力、社会治理。低技能岗位面临的风险更高（32 个 OECD 国家中 14% 的岗位高度可自动化，32% 的岗位面临重大变化的风险）。增强客户劳动力的产品更容易被采用。</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>后果</translation>
    </message>
    <message>
        <source>Custom indicators</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <source>No vertical selected</source>
        <translation>未选择垂直行业</translation>
    </message>
    <message>
        <source>Vertical name</source>
        <translation>垂直行业名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Market facts&lt;/b&gt; — the size of the prize: they size the vertical&apos;s bubble on the readiness × risk map.</source>
        <translation>&lt;b&gt;市场情况&lt;/b&gt; — 机会有多大：它们决定该垂直行业在就绪度 × 风险图上的气泡大小。</translation>
    </message>
    <message>
        <source>What the challenges add up to</source>
        <translation>挑战汇总</translation>
    </message>
    <message>
        <source>Indicators of your own, for this workspace: define them here (or import a table with a new column), give each vertical its value below, and add them to the scoring model to score with them.</source>
        <translation>您为此工作区自定义的指标：在此定义（或导入含新列的表格），在下方为每个垂直行业填写其值，并将其加入评分模型以参与评分。</translation>
    </message>
    <message>
        <source>No vertical selected: add one or pick one in the list</source>
        <translation>未选择垂直行业：请添加一个，或在列表中选择一个</translation>
    </message>
    <message>
        <source>No challenges yet: the Challenges signals of the scores are missing for this vertical.</source>
        <translation>尚无挑战：该垂直行业缺少评分所需的“挑战”信号。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>What the challenges add up to — </source>
        <translation>挑战汇总 — </translation>
    </message>
    <message>
        <source>⚠ A technology-first challenge: expect a very long proof of concept.</source>
        <translation>⚠ 技术优先的挑战：预计概念验证周期会很长。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Challenges&lt;/b&gt; — which specific problems will AI solve here? Gather the view of every party, from product users to the budget approver. Tell the value as opportunity rather than savings, and rate how much each decision must be explained (why a loan was refused, a candidate rejected). Flag &lt;i&gt;technology first&lt;/i&gt; when the customer wants a data lake first and a use case later: the proof of concept will be very long. Leave a field empty until you know it: an empty field counts for nothing.</source>
        <translation>&lt;b&gt;挑战&lt;/b&gt; — AI 将在这里解决哪些具体问题？收集每一方的看法，从产品用户到预算审批人。以机会而非节省来阐述价值，并评估每项决策需要解释的程度（为何拒绝贷款、为何淘汰候选人）。当客户想先建数据湖、之后再找用例时，请标记为&lt;i&gt;技术优先&lt;/i&gt;：概念验证周期会很长。在确定之前请将字段留空：空字段不计入评分。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>How its highest risks are kept in check: human review, explainable outputs, a pilot under supervision… The decision summary sets this beside the vertical&apos;s top risks.</source>
        <translation>如何控制其最主要的风险：人工复核、可解释的输出、有人监督的试点……决策摘要会把这些措施与该行业的主要风险列在一起。</translation>
    </message>
</context>
<context>
    <name>Gtm::Wave</name>
    <message>
        <source>Go first</source>
        <translation>优先进入</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>其次</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>待定</translation>
    </message>
</context>
<context>
    <name>Gtm::WhyChart</name>
    <message>
        <source>Points of the index&apos;s 0–100 score</source>
        <translation>在指数 0–100 得分中所占的分值</translation>
    </message>
    <message>
        <source>There are no scores yet.</source>
        <translation>尚无评分。</translation>
    </message>
    <message>
        <source>No scores: the scoring model has problems. %1</source>
        <translation>无评分：评分模型有问题。%1</translation>
    </message>
    <message>
        <source>Select a vertical to see what its scores are made of.</source>
        <translation>选择一个垂直行业，查看其评分的构成。</translation>
    </message>
    <message>
        <source>Why %1 scores %2 on %3 and %4 on %5</source>
        <translation>%1 为何在%3上得 %2 分、在%5上得 %4 分</translation>
    </message>
    <message>
        <source>%1 has no values the model uses yet.</source>
        <translation>%1 还没有模型所用的任何值。</translation>
    </message>
    <message>
        <source>What each vertical&apos;s %1 is made of (top %2 of %3)</source>
        <translation>各垂直行业的%1由什么构成（%3 个中的前 %2 个）</translation>
    </message>
    <message>
        <source>What each vertical&apos;s %1 is made of</source>
        <translation>各垂直行业的%1由什么构成</translation>
    </message>
    <message>
        <source>No vertical has a %1 score yet.</source>
        <translation>尚无垂直行业获得%1得分。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Gtm::Workspace</name>
    <message>
        <source>Value driver &quot;%1&quot; has strength %2; it must be 0 to %3.</source>
        <translation>价值驱动因素“%1”的强度为 %2；必须在 0 到 %3 之间。</translation>
    </message>
    <message>
        <source>Custom indicator id &quot;%1&quot; is not valid; use lower-case letters, digits, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>自定义指标 id“%1”无效；请使用小写字母、数字、“_”和“.”。</translation>
    </message>
    <message>
        <source>Indicator id &quot;%1&quot; is defined twice.</source>
        <translation>指标 id“%1”被定义了两次。</translation>
    </message>
    <message>
        <source>Custom indicator &quot;%1&quot; has a minimum above its maximum.</source>
        <translation>自定义指标“%1”的最小值大于最大值。</translation>
    </message>
    <message>
        <source>A vertical has no name.</source>
        <translation>有一个垂直行业没有名称。</translation>
    </message>
    <message>
        <source>Two verticals are named &quot;%1&quot;.</source>
        <translation>有两个垂直行业都名为“%1”。</translation>
    </message>
    <message>
        <source>Vertical &quot;%1&quot; has no unique id.</source>
        <translation>垂直行业“%1”没有唯一的 id。</translation>
    </message>
    <message>
        <source>Vertical &quot;%1&quot; has a value for the unknown indicator &quot;%2&quot;.</source>
        <translation>垂直行业“%1”有一个未知指标“%2”的值。</translation>
    </message>
    <message>
        <source>Vertical &quot;%1&quot;: %2 is %3, outside its range (%4).</source>
        <translation>垂直行业“%1”：%2为 %3，超出其范围（%4）。</translation>
    </message>
    <message>
        <source>Vertical &quot;%1&quot;, challenge %2: explainability need must be 0 to %3.</source>
        <translation>垂直行业“%1”，挑战 %2：解释需求必须在 0 到 %3 之间。</translation>
    </message>
    <message>
        <source>Vertical &quot;%1&quot;, challenge %2: proof-of-concept length must be 0 to %3 months.</source>
        <translation>垂直行业“%1”，挑战 %2：概念验证周期必须在 0 到 %3 个月之间。</translation>
    </message>
    <message>
        <source>%1 has the minimum coverage %2; it must be 0 to 100.</source>
        <translation>%1的最低数据覆盖为 %2；必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>%1 has the robust share %2; it must be 0 to 100.</source>
        <translation>%1的稳健比例为 %2；必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>%1 lets %2 verticals go first; it must be a whole number from 1 to %3.</source>
        <translation>%1允许 %2 个垂直行业优先进入；必须是 1 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>The scoring model</source>
        <translation>评分模型</translation>
    </message>
    <message>
        <source>A scenario has no name.</source>
        <translation>有一个情景没有名称。</translation>
    </message>
    <message>
        <source>Two scenarios are named &quot;%1&quot;.</source>
        <translation>有两个情景都名为“%1”。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation>情景“%1”</translation>
    </message>
    <message>
        <source>Custom indicator &quot;%1&quot;: %2.</source>
        <translation>自定义指标“%1”：%2。</translation>
    </message>
    <message>
        <source>Custom indicator &quot;%1&quot; is named &quot;%2&quot; like the built-in indicator %3; give it another name.</source>
        <translation>自定义指标“%1”的名称“%2”与内置指标 %3 相同；请另取一个名称。</translation>
    </message>
    <message>
        <source>Custom indicator &quot;%1&quot;, description: %2.</source>
        <translation>自定义指标“%1”，说明：%2。</translation>
    </message>
    <message>
        <source>Vertical &quot;%1&quot;: %2.</source>
        <translation>垂直行业“%1”：%2。</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>context notes</source>
        <translation>背景备注</translation>
    </message>
    <message>
        <source>capabilities notes</source>
        <translation>能力备注</translation>
    </message>
    <message>
        <source>consequences notes</source>
        <translation>影响备注</translation>
    </message>
    <message>
        <source>winners</source>
        <translation>受益者</translation>
    </message>
    <message>
        <source>losers</source>
        <translation>受损者</translation>
    </message>
    <message>
        <source>safeguards</source>
        <translation>保障措施</translation>
    </message>
    <message>
        <source>Vertical &quot;%1&quot;, %2: %3.</source>
        <translation>垂直行业“%1”，%2：%3。</translation>
    </message>
    <message>
        <source>Vertical &quot;%1&quot;, challenge %2: %3.</source>
        <translation>垂直行业“%1”，挑战 %2：%3。</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: %2.</source>
        <translation>情景“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>Gtm::WorkspaceDocument</name>
    <message>
        <source>the workspace has no file name yet; use Save As</source>
        <translation>工作区还没有文件名；请使用“另存为”</translation>
    </message>
    <message>
        <source>it was opened read-only; use Save As to keep your changes in another file</source>
        <translation>它是以只读方式打开的；请用“另存为”把您的更改保存到另一个文件</translation>
    </message>
    <message>
        <source>another program changed the file since it was opened here</source>
        <translation>自从在这里打开以来，其他程序更改了该文件</translation>
    </message>
    <message>
        <source>the file was removed or renamed since it was opened here</source>
        <translation>自从在这里打开以来，该文件已被删除或重命名</translation>
    </message>
    <message>
        <source>someone else changed the same fields; choose whose changes stay</source>
        <translation>他人修改了相同的字段；请选择保留哪一方的修改</translation>
    </message>
    <message>
        <source>you may read this workspace on the server but not change it</source>
        <translation>你可以查看服务器上的此工作区，但不能修改</translation>
    </message>
    <message>
        <source>with the changes made meanwhile, %1; change it here and it is tried again</source>
        <translation>结合期间他人所做的修改，%1；在这里修改后会重试</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>Vertical “%1” · %2</source>
        <translation>垂直行业“%1” · %2</translation>
    </message>
</context>
<context>
    <name>Gtm::WorkspaceFiles</name>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>row %1: expected an object such as {&quot;vertical&quot;: &quot;Finance&quot;, &quot;capabilities.data_availability&quot;: 4}</source>
        <translation>第 %1 行：应为对象，例如 {&quot;vertical&quot;: &quot;Finance&quot;, &quot;capabilities.data_availability&quot;: 4}</translation>
    </message>
    <message>
        <source>row %1, &quot;%2&quot;: expected a number, text or null</source>
        <translation>第 %1 行，“%2”：应为数字、文本或 null</translation>
    </message>
    <message>
        <source>unknown table format; use a .csv or .json file</source>
        <translation>未知的表格格式；请使用 .csv 或 .json 文件</translation>
    </message>
    <message>
        <source>unknown export format; use a .csv or .json file name</source>
        <translation>未知的导出格式；请使用 .csv 或 .json 文件名</translation>
    </message>
    <message>
        <source>vertical &quot;%1&quot;: %2 is %3, not a number that can be written; correct it first</source>
        <translation>垂直行业“%1”：%2 为 %3，不是可写出的数字；请先更正</translation>
    </message>
</context>
<context>
    <name>Gtm::WorkspaceJson</name>
    <message>
        <source>&quot;driver&quot; is missing</source>
        <translation>缺少“driver”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in indicator and cannot be redefined</source>
        <translation>“%1”是内置指标，不能重新定义</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid custom indicator id; use &quot;custom.&quot; followed by lower-case letters, digits and &apos;_&apos;</source>
        <translation>“%1”不是有效的自定义指标 id；请使用“custom.”后接小写字母、数字和“_”</translation>
    </message>
    <message>
        <source>&quot;min&quot; is above &quot;max&quot;</source>
        <translation>“min”大于“max”</translation>
    </message>
    <message>
        <source>unknown indicator; define custom indicators under &quot;indicators&quot;</source>
        <translation>未知指标；请在“indicators”下定义自定义指标</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a number, null, or {&quot;value&quot;: number, &quot;source&quot;: text}</source>
        <translation>应为数字、null 或 {&quot;value&quot;: number, &quot;source&quot;: text}</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range (%2)</source>
        <translation>%1 超出允许范围（%2）</translation>
    </message>
    <message>
        <source>every vertical needs a name</source>
        <translation>每个垂直行业都需要名称</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>“format”为“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>formatVersion: expected a whole number from 1</source>
        <translation>formatVersion：应为从 1 开始的整数</translation>
    </message>
    <message>
        <source>the JSON was written by a newer GTM Workbench (format version %1; this version reads up to %2)</source>
        <translation>该 JSON 由更新版本的 GTM Workbench 写入（格式版本 %1；此版本最高可读取 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>every scenario needs a name</source>
        <translation>每个情景都需要名称</translation>
    </message>
    <message>
        <source>&quot;model&quot; is missing</source>
        <translation>缺少“model”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the built-in indicator %2</source>
        <translation>“%1”是内置指标 %2 的名称</translation>
    </message>
</context>
<context>
    <name>Gtm::WorkspaceMerge</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Buyer personas</source>
        <translation>购买者角色</translation>
    </message>
    <message>
        <source>Price points</source>
        <translation>价格档位</translation>
    </message>
    <message>
        <source>Marketing activities</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Custom indicators</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <source>Buyer persona %1</source>
        <translation>购买者角色 %1</translation>
    </message>
    <message>
        <source>Price point %1</source>
        <translation>价格档位 %1</translation>
    </message>
    <message>
        <source>Marketing activity %1</source>
        <translation>营销活动 %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>渠道 %1</translation>
    </message>
    <message>
        <source>Challenge %1</source>
        <translation>挑战 %1</translation>
    </message>
    <message>
        <source>Custom indicator %1</source>
        <translation>自定义指标 %1</translation>
    </message>
    <message>
        <source>Model dimension %1</source>
        <translation>模型维度 %1</translation>
    </message>
    <message>
        <source>Model indicator %1</source>
        <translation>模型指标 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Value driver “%1”</source>
        <translation>价值驱动因素“%1”</translation>
    </message>
    <message>
        <source>Scoring model</source>
        <translation>评分模型</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Vertical “%1”</source>
        <translation>垂直行业“%1”</translation>
    </message>
    <message>
        <source>Order of verticals</source>
        <translation>垂直行业的顺序</translation>
    </message>
    <message>
        <source>%1 dimensions, %2 indicators</source>
        <translation>%1 个维度，%2 个指标</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>情景“%1”</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
</context>
</TS>
