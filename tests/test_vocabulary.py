"""The field's vocabulary (dictionaries/concepts, families.tsv, ambiguous.tsv): names of each
family found and grounded in both languages, short forms that are also words left alone, and
the checks ``make check-dict`` runs on the whole dictionary."""
from __future__ import annotations

import shutil

import pytest

from pipeline import config
from pipeline.runtime.curation import check_dictionaries

from .conftest import mentions_in, triples_in


def names(text, resources):
    return [(surface, name) for surface, name, _ in mentions_in(text, resources)]


# One sentence per family, as reviews write them; the first ones are from the train passages.
@pytest.mark.parametrize("text,surface,concept", [
    # proteases: the membrane-type MMPs by their own names
    ("MMP2, MMP-9 and MT1-MMP degrade the basement membrane.", "MT1-MMP", "MT1-MMP"),
    ("膜型1基质金属蛋白酶降解细胞外基质。", "膜型1基质金属蛋白酶", "MT1-MMP"),
    ("Gelatinase B is secreted by neutrophils.", "Gelatinase B", "MMP-9"),
    # drugs: NSAIDs, bone drugs, traditional Chinese medicine, kinase inhibitors, biologics
    ("Aspirin reduces the risk of colorectal cancer.", "Aspirin", "aspirin"),
    ("非甾体类抗炎药特别是阿司匹林对肠道肿瘤具有化疗预防作用。", "阿司匹林", "aspirin"),
    ("中医药可通过抑制炎症因子改善风湿病患者的症状。", "中医药", "traditional Chinese medicine"),
    ("Ruxolitinib and fedratinib reduce spleen size; momelotinib improves anaemia.", "momelotinib", "momelotinib"),
    ("In most patients, osimertinib inhibits the growth of EGFR-mutant lung cancer.", "osimertinib", "osimertinib"),
    ("伊沙佐米联合来那度胺治疗多发性骨髓瘤。", "伊沙佐米", "ixazomib"),
    ("Risankizumab blocks the p19 subunit of IL-23.", "Risankizumab", "risankizumab"),
    ("Zoledronic acid and risedronate inhibit osteoclasts.", "risedronate", "risedronate"),
    # diseases of fibrosis, haematology, rheumatology, bone
    ("持续的肝损伤会导致肝纤维化。", "肝纤维化", "liver fibrosis"),
    ("Persistent liver injury leads to liver cirrhosis.", "liver cirrhosis", "liver cirrhosis"),
    ("肾间质纤维化是慢性肾功能衰竭的主要原因。", "肾间质纤维化", "renal interstitial fibrosis"),
    ("IL-6 levels are raised in aplastic anemia.", "aplastic anemia", "aplastic anemia"),
    ("Spondyloarthritis is driven by the IL-23/IL-17 axis.", "Spondyloarthritis", "spondyloarthritis"),
    ("骨硬化症患者的破骨细胞功能缺陷。", "骨硬化症", "osteopetrosis"),
    # processes
    ("Sclerostin inhibition failed to improve joint destruction.", "joint destruction", "joint destruction"),
    ("IL-17A 导致关节破坏和软骨损伤。", "关节破坏", "joint destruction"),
    ("In the clinic and in animal models, G-CSF induces HSPC mobilization within days.", "HSPC mobilization", "HSPC mobilization"),
    ("CXCL12 mediates HSPC retention in the bone marrow.", "HSPC retention", "HSPC retention"),
    ("TGF-β drives myofibroblast activation and ECM deposition.", "ECM deposition", "matrix deposition"),
    ("NLRP3炎症小体活化导致细胞焦亡。", "细胞焦亡", "pyroptosis"),
    # cells and states
    ("Hepatic stellate cells are the main source of collagen.", "Hepatic stellate cells", "hepatic stellate cell"),
    ("肝星状细胞活化是肝纤维化的核心环节。", "肝星状细胞", "hepatic stellate cell"),
    ("In the inflamed synovium, pro-inflammatory macrophages secrete IL-1β and TNF-α.", "pro-inflammatory macrophages", "M1 macrophage"),
    ("In the tumour microenvironment, monocytic MDSCs suppress the proliferation of T cells.", "monocytic MDSCs", "M-MDSC"),
    ("粒细胞-单核细胞祖细胞分化为中性粒细胞。", "粒细胞-单核细胞祖细胞", "granulocyte-monocyte progenitor"),
    # genes and receptors from the families (numbered series and rows)
    ("On activated T cells, TNFRSF25 binds TL1A and promotes their expansion.", "TNFRSF25", "DR3"),
    ("In colorectal cancer cells, frizzled-7 transmits the signal of Wnt3a to β-catenin.", "frizzled-7", "FZD7"),
    ("组织蛋白酶B降解胶原。", "组织蛋白酶B", "cathepsin B"),
    ("Within the resorption lacuna, cathepsins degrade type I collagen.", "cathepsins", "cathepsin"),
    ("Once cleaved by caspase-1, gasdermin D forms pores in the plasma membrane.", "gasdermin D", "GSDMD"),
    ("ADAMTS5 is the main aggrecanase in mouse cartilage.", "ADAMTS5", "ADAMTS5"),
    ("In human blood, the density of CD56 marks two subsets of NK cells.", "CD56", "CD56"),
    ("趋化因子CXC配体9吸引T细胞。", "趋化因子CXC配体9", "CXCL9"),
    # anatomy and exposures
    ("Monosodium urate crystals activate the NLRP3 inflammasome.", "Monosodium urate crystals", "monosodium urate"),
    ("尿酸钠晶体激活NLRP3炎症小体。", "尿酸钠晶体", "monosodium urate"),
    ("In the bone marrow, gradients of S1P guide the egress of HSPCs into the blood.", "S1P", "S1P"),
    # the Chinese names in use and the states of cells, diseases, drugs, processes and members
    ("在肿瘤微环境中，髓系抑制细胞抑制T细胞增殖。", "髓系抑制细胞", "MDSC"),
    ("Follicular dendritic cells present immune complexes to germinal centre B cells.",
     "Follicular dendritic cells", "follicular dendritic cell"),
    ("再障患者骨髓中干扰素-γ水平升高。", "再障", "aplastic anemia"),
    ("Medication-related osteonecrosis of the jaw is a rare complication of antiresorptive therapy.",
     "Medication-related osteonecrosis of the jaw", "osteonecrosis of the jaw"),
    ("鲁索替尼可缩小骨髓纤维化患者的脾脏。", "鲁索替尼", "ruxolitinib"),
    ("唑来磷酸抑制破骨细胞介导的骨吸收。", "唑来磷酸", "zoledronic acid"),
    ("RANKL与M-CSF共同诱导破骨生成。", "破骨生成", "osteoclast differentiation"),
    ("Cross-presentation by cDC1 primes CD8+ T cells against tumour antigens.", "Cross-presentation",
     "antigen presentation"),
    ("硬骨抑素抑制成骨细胞中的Wnt信号。", "硬骨抑素", "sclerostin"),
    ("In the bone marrow, CD169+ macrophages help to retain HSPCs in their niche.", "CD169", "Siglec-1"),
    # experimental disease models named as the setting of a finding
    ("In K/BxN serum transfer arthritis, neutrophils drive joint inflammation.",
     "K/BxN serum transfer arthritis", "K/BxN serum transfer arthritis"),
    ("在去卵巢大鼠模型中，雌激素缺乏导致骨量丢失。", "去卵巢大鼠模型", "ovariectomy-induced osteoporosis"),
    # markers, regulators and anatomy of this round
    ("CD147 induces the expression of MMPs in the surrounding fibroblasts.", "CD147", "CD147"),
    ("血清I型胶原C端肽是常用的骨吸收标志物。", "I型胶原C端肽", "C-terminal telopeptide of type I collagen"),
    ("Under ER stress, PERK phosphorylates eIF2α.", "eIF2α", "eIF2α"),
    ("H型血管耦联骨形成与血管生成。", "H型血管", "type H vessel"),
    # gut barrier, haematology and immunity words any review of the field names (sentences written for the test)
    ("肠黏膜屏障受损后，肠道细菌移位可引起全身炎症。", "肠道细菌移位", "bacterial translocation"),
    ("IL-22 促进结肠黏膜愈合。", "黏膜愈合", "mucosal healing"),
    ("Wnt 信号维持肠道干细胞的自我更新。", "肠道干细胞", "intestinal stem cell"),
    ("穿孔素在靶细胞膜上形成孔道，引起细胞溶解。", "细胞溶解", "cell lysis"),
    ("长期高血糖引起微血管病变。", "微血管病变", "microvascular disease"),
    ("染色体易位 t(9;22) 产生 BCR-ABL 融合基因。", "t(9;22)", "t(9;22)"),
    ("染色体易位 t(9;22) 产生 BCR-ABL 融合基因。", "染色体易位", "chromosomal translocation"),
    # what the immune system meets and what makes a disease, by its Chinese name (written for the test)
    ("循环中的免疫复合物沉积于肾小球。", "免疫复合物", "immune complex"),
    ("滤泡辅助性T细胞辅助B细胞产生抗体。", "抗体", "antibody"),
    ("肠道屏障受损后,细菌产物进入循环。", "肠道屏障", "intestinal barrier"),
    ("全身炎症可破坏血脑屏障的完整性。", "血脑屏障", "blood-brain barrier"),
    ("病毒感染后,干扰素抑制病毒的复制。", "病毒", "virus"),
    ("多种蛋白激酶参与这一级联反应。", "蛋白激酶", "protein kinase"),
    ("免疫受体识别病原体后启动信号转导。", "免疫受体", "immune receptor"),
    ("真菌感染多见于中性粒细胞减少的患者。", "真菌感染", "fungal infection"),
    ("Th2 细胞因子参与宿主抵抗寄生虫感染。", "寄生虫感染", "parasitic infection"),
    ("遗传因素和环境因素共同决定疾病表型。", "遗传因素", "genetic factor"),
    ("遗传因素和环境因素共同决定疾病表型。", "环境因素", "environmental factor"),
    ("遗传因素和环境因素共同决定疾病表型。", "疾病表型", "disease phenotype"),
    ("骨髓衰竭多由后天因素引起。", "后天因素", "acquired factor"),
    ("良好的血糖控制可以减少骨折的发生。", "血糖控制", "glucose homeostasis"),
    ("中性粒细胞的氧化代谢产生活性氧。", "氧化代谢", "oxidative metabolism"),
    ("肠上皮细胞负责消化和吸收。", "消化", "digestion"),
    ("消化道出血是常见的不良反应。", "消化道", "gastrointestinal tract"),
    ("补体系统参与免疫防御。", "免疫防御", "host defense"),
    ("中性粒细胞可清除病原微生物。", "病原微生物", "pathogen"),
    ("中性粒细胞是抵御致病菌的第一道防线。", "致病菌", "pathogen"),
    ("骨关节炎以软骨退变和继发性骨质增生为特征。", "骨质增生", "osteophyte formation"),
    ("IL-22 作用于肠道上皮,促进其修复。", "上皮", "epithelium"),
    # cells named by their state; 凋亡细胞死亡 is apoptosis, not apoptotic cells (written for the test)
    ("巨噬细胞吞噬凋亡细胞,防止继发性坏死。", "凋亡细胞", "apoptotic cell"),
    ("BKT140 诱导骨髓瘤细胞发生凋亡细胞死亡。", "凋亡细胞死亡", "apoptosis"),
    ("FLT3 突变导致变异细胞持续增殖。", "变异细胞", "mutant cell"),
    ("抗原再次出现时,记忆细胞迅速活化。", "记忆细胞", "memory cell"),
    ("化疗后残存的静息细胞是复发的来源。", "静息细胞", "quiescent cell"),
    ("慢性髓系白血病的恶性克隆来源于造血干细胞。", "恶性克隆", "malignant clone"),
    # a member the family leaves to a gene row keeps the family's Chinese names (written for the test)
    ("CC趋化因子配体2招募单核细胞进入炎症部位。", "CC趋化因子配体2", "CCL2"),
    ("CXC趋化因子受体2介导中性粒细胞的迁移。", "CXC趋化因子受体2", "CXCR2"),
    # tissue states, clinical outcomes and classes of factors named bare (sentences written for the test)
    ("In the skin of psoriasis patients, IL-23 maintains the lesions.", "lesions", "lesion"),
    ("Bone pain and fractures lower the quality of life of patients with myeloma.", "quality of life",
     "quality of life"),
    ("Myeloma cells release osteoclast-activating factors such as MIP-1α.", "osteoclast-activating factors",
     "osteoclast activating factor"),
    ("Secreted frizzle-related protein 2 binds Wnt ligands and blocks their signal.",
     "Secreted frizzle-related protein 2", "sFRP2"),
    ("In germinal centres, AID drives somatic hypermutation of B cells.", "somatic hypermutation",
     "somatic hypermutation"),
    ("TNF-α binds its receptors, and TNF receptor signalling activates NF-κB.", "TNF receptor", "TNF receptor"),
    ("The TNF receptor superfamily includes RANK and CD40.", "TNF receptor superfamily", "TNF receptor superfamily"),
    ("IL-4 and IL-13 drive alternative macrophage activation in the lung.", "alternative macrophage activation",
     "M2 polarization"),
    ("In lupus, immune complexes activate plasmacytoid dendritic cells.", "immune complexes", "immune complex"),
    ("IL-2 maintains CD4+CD25+ T cells in the periphery.", "CD4+CD25+ T cells", "Treg"),
    # immune processes and outcomes reviews name as targets (sentences written for the test)
    ("Type I interferons sustain a persistent autoimmune reaction in lupus.", "autoimmune reaction",
     "autoimmune response"),
    ("浆细胞样树突状细胞分泌的干扰素促进自身免疫反应。", "自身免疫反应", "autoimmune response"),
    ("IL-33 amplifies type 2 inflammation in the airways.", "type 2 inflammation", "type 2 inflammation"),
    ("IL-25可促进Th2型炎症。", "Th2型炎症", "type 2 inflammation"),
    ("Activated B cells contribute to the loss of tolerance in SLE.", "loss of tolerance", "loss of tolerance"),
    ("IL-18对抗原清除发挥关键作用。", "抗原清除", "antigen clearance"),
    ("IL-13 is required for worm expulsion from the gut.", "worm expulsion", "parasite expulsion"),
    ("IL-5在抗寄生虫防御中处于中心地位。", "抗寄生虫防御", "antiparasitic defense"),
    ("普乐沙福降低了动员失败的概率。", "动员失败", "mobilization failure"),
    ("PTH raises the serum calcium concentration.", "serum calcium concentration", "serum calcium"),
    ("Chronic itch impairs sleep quality and mental health.", "sleep quality", "sleep quality"),
    ("肥大细胞脱颗粒释放大量的过敏介质。", "过敏介质", "allergic mediator"),
    ("IL-27通过Janus激酶/信号转导及转录激活因子通路发挥作用。", "Janus激酶/信号转导及转录激活因子", "JAK/STAT pathway"),
    ("Oncostatin M is a member of the gp130 family of cytokines.", "gp130 family of cytokines",
     "IL-6 family cytokine"),
    ("The Met tyrosine kinase receptor binds HGF.", "Met tyrosine kinase receptor", "c-Met"),
    ("包含核酸的免疫复合物与Toll受体结合。", "Toll受体", "TLR"),
    ("IL-6 and IL-11 regulate peak bone acquisition.", "peak bone acquisition", "peak bone mass"),
    # field vocabulary the dictionary lacked: pruritus, neurogenesis, 肌萎缩, 肠黏膜屏障
    ("IL-31 is a major mediator of chronic itch in atopic dermatitis.", "chronic itch", "pruritus"),
    ("IL-31可诱导特应性皮炎患者的瘙痒。", "瘙痒", "pruritus"),
    ("BDNF促进海马神经发生。", "神经发生", "neurogenesis"),
    ("TNF-α可导致恶病质患者出现肌萎缩。", "肌萎缩", "muscle atrophy"),
    ("IL-22可修复受损的肠黏膜屏障。", "肠黏膜屏障", "intestinal barrier"),
    # a bone cell named by its adjective: the cell, whose aspect the relation reader reads after it
    ("Leptin enhances osteoblastic proliferation in vitro.", "osteoblastic", "osteoblast"),
    ("TNF-α prolongs osteoclastic survival in vitro.", "osteoclastic", "osteoclast"),
    # round 18: apoptosis protein classes and BH3 mimetics, the endothelin axis and its antagonists,
    # fat depots, epigenetic and immune processes, oncometabolites, complement factors by letter
    ("BCL-XL and MCL-1 inhibit MOMP by sequestering proapoptotic family members.",
     "proapoptotic family members", "proapoptotic protein"),
    ("BH3 mimetics such as venetoclax antagonize antiapoptotic proteins.", "antiapoptotic proteins",
     "antiapoptotic protein"),
    ("BH3 mimetics such as venetoclax antagonize antiapoptotic proteins.", "BH3 mimetics", "BH3 mimetic"),
    ("By activating the ETA receptor, ET-1 promotes prostate cancer progression.", "ETA receptor", "ETA receptor"),
    ("Atrasentan, a selective antagonist of the endothelin axis, delays disease progression.",
     "endothelin axis", "endothelin axis"),
    ("Atrasentan, a selective antagonist of the endothelin axis, delays disease progression.",
     "Atrasentan", "atrasentan"),
    ("阿曲生坦可抑制前列腺癌骨转移。", "阿曲生坦", "atrasentan"),
    ("Osteocalcin reduces the accumulation of visceral fat in mice.", "visceral fat", "visceral fat"),
    ("骨钙素可减少内脏脂肪的堆积。", "内脏脂肪", "visceral fat"),
    ("Complement activation results in opsonization of pathogens.", "opsonization", "opsonization"),
    ("IL-5 plays a pivotal role in acquired immune responses.", "acquired immune responses",
     "adaptive immune response"),
    ("IDH2突变体产生的2-羟基戊二酸抑制TET2。", "2-羟基戊二酸", "2-hydroxyglutarate"),
    ("CD38 converts NAD+ into ADP-ribose and cyclic ADP-ribose.", "ADP-ribose", "ADP-ribose"),
    ("组蛋白乙酰化促进IL-6的转录。", "组蛋白乙酰化", "histone acetylation"),
    ("Stat3 is a critical regulator of tumor-associated inflammation.", "tumor-associated inflammation",
     "tumor-associated inflammation"),
    ("The ability of tumors to evade immune surveillance drives tumor progression.", "evade immune surveillance",
     "immune evasion"),
    ("C3b又可在B因子、D因子作用下合成新的C3bBb,补体旁路途径由此放大。", "B因子", "complement factor B"),
    ("C3b又可在B因子、D因子作用下合成新的C3bBb,补体旁路途径由此放大。", "D因子", "complement factor D"),
    ("C3转化酶一般可被I因子、H因子迅速灭活,故并不激活补体系统。", "H因子", "factor H"),
    ("在补体系统激活过程中,C3起关键作用。", "补体系统激活", "complement activation"),
    # transplantation: conditioning, irradiation, the host's tissues a graft attacks
    ("Total body irradiation and high-dose chemotherapy cause injury to the gut mucosa.", "Total body irradiation",
     "total-body irradiation"),
    ("Donor NK cells and macrophages directly attack host tissues.", "host tissues", "host tissue"),
    ("Myeloablative treatment depletes the bone marrow cells of the patient.", "Myeloablative treatment",
     "conditioning regimen"),
    # apoptosis pathways and protein classes, in Chinese as reviews write them
    ("抗凋亡蛋白(如BCL-2、MCL-1)可结合并隔离促凋亡蛋白,以阻止细胞凋亡。", "促凋亡蛋白", "proapoptotic protein"),
    ("BCL-2抑制剂靶向作用于细胞凋亡通路,增加线粒体外膜通透性。", "细胞凋亡通路", "apoptosis pathway"),
    ("BCL-2抑制剂靶向作用于细胞凋亡通路,增加线粒体外膜通透性。", "线粒体外膜通透性",
     "mitochondrial outer membrane permeabilization"),
    ("细胞凋亡有两大途径:BCL-2蛋白家族调控的内源性凋亡途径和死亡受体介导的外源性凋亡途径。", "内源性凋亡途径",
     "intrinsic apoptotic pathway"),
    ("细胞凋亡有两大途径:BCL-2蛋白家族调控的内源性凋亡途径和死亡受体介导的外源性凋亡途径。", "外源性凋亡途径",
     "extrinsic apoptotic pathway"),
    ("细胞凋亡有两大途径:BCL-2蛋白家族调控的内源性凋亡途径和死亡受体介导的外源性凋亡途径。", "BCL-2蛋白家族",
     "BCL-2 family"),
    ("M1型TAMs通过产生促炎因子参与抗肿瘤免疫,而M2型TAMs促进肿瘤进展。", "M2型TAMs", "M2 macrophage"),
])
def test_each_family_is_found_in_both_languages(resources, text, surface, concept):
    assert (surface, concept) in names(text, resources)


# A process named by its adjective: pro-/anti- X-ic (pro-apoptotic, antiproliferative, anti-tumorigenic,
# profibrogenic), 致炎性; the sentences are from the train passages.
@pytest.mark.parametrize("text,surface,concept", [
    ("Based on its cytostatic, pro-apoptotic and antiproliferative functions, IFN-γ is considered potentially "
     "useful for adjuvant immunotherapy for different types of cancer.", "pro-apoptotic", "apoptosis"),
    ("Based on its cytostatic, pro-apoptotic and antiproliferative functions, IFN-γ is considered potentially "
     "useful for adjuvant immunotherapy for different types of cancer.", "antiproliferative", "cell proliferation"),
    ("Some researchers believe it has anti-tumorigenic properties, while others suggest that it contributes to "
     "tumor growth and progression.", "anti-tumorigenic", "tumorigenesis"),
    ("At the cellular level, IL-17A is proosteoclastogenic whereas its effects on osteoblasts depend on the stage "
     "of differentiation of these cells.", "proosteoclastogenic", "osteoclast differentiation"),
    ("The possibility of anti-sclerostin antibody treatment worsening clinical RA outcome under chronic "
     "TNFα-dependent inflammatory conditions in mice means that caution should be taken.",
     "inflammatory conditions", "inflammation"),
    ("其中,IL-17A的致炎性最强,被研究最多。", "致炎性", "inflammation"),
    ("干扰素-γ具有抗增殖和促凋亡作用。", "抗增殖", "cell proliferation"),
])
def test_a_process_named_by_its_adjective_is_found(resources, text, surface, concept):
    assert (surface, concept) in names(text, resources)


# Short forms that are common words or other things' short forms: not names by themselves.
# Each sentence also names something else, found where it is, so that a dead matcher fails.
def test_a_protein_class_before_its_member_leaves_the_member_to_the_reader(resources):
    # the class names (促凋亡蛋白, antiapoptotic protein) stand before the member they qualify
    got = [t[:3] for t in triples_in("槲皮素可上调促凋亡蛋白Bax的表达,下调抗凋亡蛋白Bcl-2的表达。", resources)]
    assert ("quercetin", "upregulates", "BAX") in got and ("quercetin", "downregulates", "BCL-2") in got, got
    got = [t[:3] for t in triples_in(
        "Quercetin upregulates the proapoptotic protein Bax and downregulates the antiapoptotic protein Bcl-2.", resources)]
    assert ("quercetin", "upregulates", "BAX") in got and ("quercetin", "downregulates", "BCL-2") in got, got


def test_a_complement_factor_by_its_letter_needs_a_paper_about_complement(resources):
    # "factor I" is also fibrinogen: the bare letter names complement factor I only where complement is the subject
    text = "Fibrinogen, also called factor I, is converted to fibrin by thrombin."
    assert ("Fibrinogen", "fibrinogen") in names(text, resources)
    assert not any(concept == "complement factor I" for _, concept in names(text, resources))


@pytest.mark.parametrize("text,word,found", [
    ("In most cell types studied so far, TF binding sites lie upstream of IL6.", "TF", ("IL6", "IL-6")),
    ("ChIP assays showed STAT3 at the promoter.", "ChIP", ("STAT3", "STAT3")),
    ("NETs and IL-8 were found in the synovium.", "NET", ("IL-8", "IL-8")),
    ("Patients with PD had raised IL-6.", "PD", ("IL-6", "IL-6")),
    ("This is a bad outcome for IL-6 blockade.", "bad", ("IL-6", "IL-6")),
    ("In the veterinary study, the cat was given aspirin twice a day for a week.", "cat", ("aspirin", "aspirin")),
    ("An ATM near the clinic; IL-1β was measured.", "ATM", ("IL-1β", "IL-1β")),
    # Chinese words of a concept inside a longer word: 哺乳 (lactation) in 哺乳动物 (mammal)
    ("在哺乳动物细胞中，IL-6 可激活 STAT3 信号。", "哺乳", ("IL-6", "IL-6")),
    ("细胞运动能力增强，IL-6 促进肿瘤转移。", "运动", ("IL-6", "IL-6")),
])
def test_a_short_form_that_is_also_a_word_is_no_name(resources, text, word, found):
    got = names(text, resources)
    assert found in got
    assert not any(surface == word for surface, _ in got)


@pytest.mark.parametrize("text,surface,concept", [
    ("Tumour necrosis factor receptor 1 is expressed on haematopoietic stem cells.",
     "haematopoietic stem cells", "HSC"),
    ("In polycythaemia vera, JAK2 signalling drives the expansion of the red cell mass.",
     "polycythaemia vera", "polycythemia vera"),
    ("Oestrogen withdrawal after the menopause accelerates bone remodelling.", "bone remodelling",
     "bone remodeling"),
    ("Mobilisation of haematopoietic stem and progenitor cells by G-CSF is used before transplantation.",
     "Mobilisation", "HSPC mobilization"),
])
def test_a_british_spelling_names_the_same_concept(resources, text, surface, concept):
    """The matcher folds case, hyphens and Greek letters, not spelling: the concept files list the
    British spellings (haem-, -aemia, tumour, oestr-, -isation, -lling) beside the American ones."""
    assert (surface, concept) in names(text, resources)


def test_a_cell_with_an_aspect_word_is_no_process_name(resources):
    """肿瘤细胞生长 is the tumour cells' growth, read by the relation reader as the cell and its
    aspect; the dictionary has no process row for it (dictionaries/README.md)."""
    got = names("TNF-α 诱导炎症反应，从而促进骨髓中的肿瘤细胞生长。", resources)
    assert ("肿瘤细胞", "tumor cell") in got and ("TNF-α", "TNF-α") in got
    assert not any(surface == "肿瘤细胞生长" for surface, _ in got)


def test_a_greek_letter_written_as_a_latin_letter_names_the_same_concept(resources):
    """TNF-a, IkBa, TGFb: the Latin-letter spellings of names with Greek letters (loader
    variants); a variant too short to be told from a word (ERa = era) is not made."""
    text = "In these macrophages, TNF-a and TGFb induce the degradation of IkBa; in that era ERa was unknown."
    got = names(text, resources)
    assert {("TNF-a", "TNF-α"), ("TGFb", "TGF-β"), ("IkBa", "IκBα")} <= set(got)
    assert not any(surface in ("era", "ERa") for surface, _ in got)


def test_a_word_near_a_new_name_is_not_read_as_it_by_the_fuzzy_matcher(resources):
    """Single-word names attract near-misses (fuzz ratio >= 90): reabsorption is no bone
    resorption, phosphatase no phosphate, angiogenic no protein; FGF23 and vitamin D are found."""
    text = ("In the kidney, FGF23 inhibits phosphate reabsorption by a phosphatase-independent route "
            "and lowers vitamin D; angiogenic signals are not involved.")
    got = names(text, resources)
    assert ("FGF23", "FGF23") in got and ("vitamin D", "vitamin D") in got
    assert not any(name in ("bone resorption", "phosphate", "angiogenin") and surface != "phosphate"
                   for surface, name in got)


def test_an_ambiguous_short_form_is_a_name_where_the_paper_names_its_concept(resources):
    text = ("Neuroendocrine tumors express somatostatin receptors. In NET, IL-6 is raised.")
    assert ("NET", "neuroendocrine tumor") in names(text, resources)


# --- the checks make check-dict adds for the larger dictionary --------------------

@pytest.fixture
def dict_copy(tmp_path):
    folder = tmp_path / "dictionaries"
    shutil.copytree(config.DICTIONARIES, folder)
    return folder


def _append(path, line):
    with path.open("a", encoding="utf-8") as f:
        f.write(line + "\n")


def test_an_id_of_the_wrong_scheme_for_its_type_is_reported(dict_copy):
    _append(dict_copy / "concepts" / "cells.tsv", "GO:0099999\tcell\tfoo cell\t\t富细胞\t\t")
    problems = check_dictionaries(dict_copy)
    assert any("GO:0099999" in p and "a cell takes an id of CL or local" in p for p in problems)


def test_a_cell_without_a_chinese_name_is_reported(dict_copy):
    _append(dict_copy / "concepts" / "cells.tsv", "CL:0099999\tcell\tfoo cell\t\t\t\t")
    problems = check_dictionaries(dict_copy)
    assert any("CL:0099999 (foo cell)" in p and "Chinese name" in p for p in problems)


def test_a_row_that_replaces_a_family_member_keeps_the_family_names(dict_copy):
    """CXCL11 is a row of its own; a row without the family's 趋化因子CXCL11 would lose it."""
    path = dict_copy / "concepts" / "immune_signals.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("HGNC:CXCL11\t")]
    lines.append("HGNC:CXCL11\tgene\tCXCL11\tI-TAC\t\t\t")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = check_dictionaries(dict_copy)
    assert any("HGNC:CXCL11" in p and "趋化因子CXCL11" in p for p in problems)


def test_a_barrier_named_by_its_tissue_is_what_is_damaged(resources):
    """破坏肠道屏障 damages the gut barrier, not the gut: 肠道屏障 is the intestinal barrier's name, and a tissue
    the dictionary has no barrier of heads a new name (气道屏障); the subject is the microbiota's imbalance
    (菌群紊乱: compositions.tsv's imbalance), not the microbiota (sentences written for the test; zh.compound_modifier
    must not read 屏障 as a compound head that leaves the barrier unnamed)."""
    got = set(triples_in("肠道菌群紊乱可能通过破坏肠道屏障，激活TLR4信号通路。", resources))
    assert got == {("gut microbiota imbalance", "activates", "TLR4 pathway", "activity", False),
                   ("gut microbiota imbalance", "inhibits", "intestinal barrier", None, False)}
    got = {t[:3] for t in triples_in("长期吸烟可能通过破坏气道屏障，加重哮喘。", resources)}
    assert ("气道屏障", "inhibits") in {(t[2], t[1]) for t in got}
