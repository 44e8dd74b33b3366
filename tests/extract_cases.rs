//! Data-driven extraction cases: a short text and the exact set of facts it must
//! yield, written "Subject relation Object" with English labels (Arabic when the entity
//! has none), and "Subject stated" for statements. An empty list: the text must yield
//! nothing (negated, future, question, conditional, impersonal or unknown subjects).
//!
//! The sentences are written for these tests; none is taken from the evaluation sets.

use isnad::extract::{extract_article, Extraction, FactObject};
use isnad::input::Article;
use isnad::lexicon::{load_dir, Lexicon};
use std::path::Path;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology"))
            .expect("the ontology loads")
    })
}

fn label(en: &Option<String>, ar: &Option<String>) -> String {
    en.clone().or_else(|| ar.clone()).unwrap_or_default()
}

/// Extracts `text` as an article of its own, with no title, date or outlet.
fn extract(text: &str) -> Extraction {
    let article = Article {
        id: "case".into(),
        title: None,
        text: text.into(),
        date: None,
        source: None,
        url: None,
        lang: None,
        path: "case".into(),
    };
    extract_article(lexicon(), article)
}

/// Extracts `text` and compares its facts, as a sorted set, with `expected`.
fn check(text: &str, expected: &[&str]) {
    let ex = extract(text);
    let mut got: Vec<String> = ex
        .facts
        .iter()
        .map(|f| {
            let s = label(&f.subject.label_en, &f.subject.label_ar);
            match &f.object {
                FactObject::Quote { .. } => format!("{s} stated"),
                FactObject::Integer(n) => format!("{s} {} {n}", f.relation),
                FactObject::Entity(o) => {
                    format!("{s} {} {}", f.relation, label(&o.label_en, &o.label_ar))
                }
            }
        })
        .collect();
    got.sort();
    got.dedup();
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "facts of {text:?}");
}

#[test]
fn case_000() {
    check(
        "قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع الصين تمر بأفضل مراحلها التاريخية.",
        &[
            "Vladimir Putin holdsPosition President of Russia",
            "Vladimir Putin stated",
        ],
    );
}

#[test]
fn case_001() {
    check(
        "وأكد وزير الخارجية التركي مولود جاويش أوغلو أن بلاده لن تقبل أي تهديد لأمنها القومي.",
        &[
            "Mevlüt Çavuşoğlu holdsPosition Foreign Minister of Turkey",
            "Mevlüt Çavuşoğlu stated",
        ],
    );
}

#[test]
fn case_002() {
    check(
        "ماكرون: أوروبا بحاجة إلى جيش موحد يحميها من المخاطر",
        &["Emmanuel Macron stated"],
    );
}

#[test]
fn case_003() {
    check(
        "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو سترد على هذه الخطوة بشكل مناسب.",
        &["Maria Zakharova holdsPosition Spokesperson of Russian Foreign Ministry", "Maria Zakharova stated"],
    );
}

#[test]
fn case_004() {
    check(
        "وصرح المتحدث باسم الجيش اللبناني العميد علي قانصوه بأن الوضع على الحدود الجنوبية مستقر تماما.",
        &["علي قانصوه holdsPosition Spokesperson of Lebanese Armed Forces", "علي قانصوه stated"],
    );
}

#[test]
fn case_005() {
    check(
        "قال وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، إن الحل السياسي في اليمن ما زال ممكنا رغم كل شيء.",
        &["Anwar Gargash holdsPosition Minister of United Arab Emirates", "Anwar Gargash stated"],
    );
}

#[test]
fn case_006() {
    check(
        "جاء ذلك في تغريدة لترامب على حسابه في تويتر، حيث قال: إن الصين تستغل الولايات المتحدة منذ سنوات طويلة.",
        &["Donald Trump stated"],
    );
}

#[test]
fn case_007() {
    check(
        "وكان لافروف قد قال الأربعاء إن روسيا مستعدة للحوار مع الغرب دون شروط مسبقة.",
        &["Sergey Lavrov stated"],
    );
}

#[test]
fn case_008() {
    check(
        "وقال ناشطون إن عشرات المدنيين قتلوا في القصف الذي استهدف الأحياء السكنية.",
        &[],
    );
}

#[test]
fn case_009() {
    check(
        "يذكر أن الرئيس الأمريكي دونالد ترامب كان قد انسحب من الاتفاق النووي مع إيران.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Donald Trump withdrewFrom Joint Comprehensive Plan of Action",
        ],
    );
}

#[test]
fn case_010() {
    check("ماذا قال أردوغان عن العلاقات مع الولايات المتحدة؟", &[]);
}

#[test]
fn case_011() {
    check(
        "لم يقل بوتين شيئا عن الانتخابات الأمريكية خلال المؤتمر الصحفي.",
        &[],
    );
}

#[test]
fn case_012() {
    check("وأضاف أن المحادثات كانت بناءة ومفيدة للطرفين.", &[]);
}

#[test]
fn case_013() {
    check(
        "قال الرئيس المصري عبد الفتاح السيسي إن بلاده تدعم استقرار ليبيا.\nوأضاف أن الحل يجب أن يكون ليبيا خالصا دون تدخل خارجي.",
        &["Abdel Fattah el-Sisi holdsPosition President of Egypt", "Abdel Fattah el-Sisi stated"],
    );
}

#[test]
fn case_014() {
    check(
        "زار الرئيس الصيني شي جين بينغ روسيا في أول جولة خارجية له بعد إعادة انتخابه.",
        &[
            "Xi Jinping holdsPosition President of China",
            "Xi Jinping visited Russia",
        ],
    );
}

#[test]
fn case_015() {
    check(
        "وصل وزير الخارجية الأمريكي مايك بومبيو إلى الرياض في زيارة تستغرق يومين.",
        &[
            "Mike Pompeo holdsPosition Foreign Minister of United States",
            "Mike Pompeo visited Riyadh",
        ],
    );
}

#[test]
fn case_016() {
    check(
        "يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الأسبوع المقبل.",
        &["Emmanuel Macron holdsPosition President of France"],
    );
}

#[test]
fn case_017() {
    check(
        "من المقرر أن يزور رئيس الوزراء الهندي ناريندرا مودي واشنطن في يونيو.",
        &["Narendra Modi holdsPosition Prime Minister of India"],
    );
}

#[test]
fn case_018() {
    check("لم يزر ترامب العراق منذ توليه الرئاسة.", &[]);
}

#[test]
fn case_019() {
    check("هل يزور بوتين تركيا قريبا؟", &[]);
}

#[test]
fn case_020() {
    check("إذا زار نتنياهو الإمارات فسيكون ذلك حدثا تاريخيا.", &[]);
}

#[test]
fn case_021() {
    check(
        "التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الروسي فلاديمير بوتين على هامش القمة.",
        &[
            "Mohammed bin Salman holdsPosition Crown Prince of Saudi Arabia",
            "Mohammed bin Salman met Vladimir Putin",
            "Vladimir Putin holdsPosition President of Russia",
        ],
    );
}

#[test]
fn case_022() {
    check(
        "واستقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس في عمان.",
        &[
            "Abdullah II of Jordan holdsPosition King of Jordan",
            "Abdullah II of Jordan met Mahmoud Abbas",
            "Mahmoud Abbas holdsPosition President of Palestine",
        ],
    );
}

#[test]
fn case_023() {
    check(
        "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره التركي رجب طيب أردوغان.",
        &[
            "Recep Tayyip Erdoğan holdsPosition President of Turkey",
            "Vladimir Putin holdsPosition President of Russia",
            "Vladimir Putin spokeWith Recep Tayyip Erdoğan",
        ],
    );
}

#[test]
fn case_024() {
    check(
        "فرضت الولايات المتحدة عقوبات جديدة على إيران.",
        &["United States imposedSanctionsOn Iran"],
    );
}

#[test]
fn case_025() {
    check(
        "وفرض الاتحاد الأوروبي عقوبات على روسيا بسبب الأزمة الأوكرانية.",
        &["European Union imposedSanctionsOn Russia"],
    );
}

#[test]
fn case_026() {
    check("تلوح واشنطن بفرض عقوبات على تركيا بسبب صفقة الصواريخ.", &[]);
}

#[test]
fn case_027() {
    check(
        "هددت كوريا الشمالية الولايات المتحدة برد عسكري قاس.",
        &["North Korea threatened United States"],
    );
}

#[test]
fn case_028() {
    check(
        "انتقد وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة بشدة.",
        &[
            "Sergey Lavrov criticized United States",
            "Sergey Lavrov holdsPosition Foreign Minister of Russia",
        ],
    );
}

#[test]
fn case_029() {
    check(
        "وأدانت تركيا الهجوم الإسرائيلي على غزة.",
        &["Israel attacked Gaza City", "Turkey criticized Israel"],
    );
}

#[test]
fn case_030() {
    check(
        "ندد الرئيس التركي رجب طيب أردوغان بالعقوبات الأمريكية.",
        &[
            "Recep Tayyip Erdoğan criticized United States",
            "Recep Tayyip Erdoğan holdsPosition President of Turkey",
        ],
    );
}

#[test]
fn case_031() {
    check("لم تنتقد الصين روسيا في أي من بياناتها الرسمية.", &[]);
}

#[test]
fn case_032() {
    check(
        "اتهمت إيران الولايات المتحدة بدعم الإرهاب في المنطقة.",
        &["Iran accused United States"],
    );
}

#[test]
fn case_033() {
    check(
        "وتتهم السعودية إيران بدعم الحوثيين بالسلاح.",
        &["Saudi Arabia accused Iran"],
    );
}

#[test]
fn case_034() {
    check(
        "ودعمت روسيا الرئيس السوري بشار الأسد طوال سنوات الحرب.",
        &[
            "Bashar al-Assad holdsPosition President of Syria",
            "Russia supported Bashar al-Assad",
        ],
    );
}

#[test]
fn case_035() {
    check(
        "وسيطرت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة على مدينة الرقة.",
        &["United States supported Syrian Democratic Forces"],
    );
}

#[test]
fn case_036() {
    check(
        "وتقدم الجيش السوري بدعم من روسيا نحو إدلب.",
        &["Russia supported Syrian Armed Forces"],
    );
}

#[test]
fn case_037() {
    check(
        "قصفت الطائرات الروسية مدينة إدلب أمس.",
        &["Russia attacked Idlib"],
    );
}

#[test]
fn case_038() {
    check(
        "وقصف الطيران الإسرائيلي قطاع غزة ليلة الأحد.",
        &["Israel attacked Gaza Strip"],
    );
}

#[test]
fn case_039() {
    check(
        "هاجمت القوات التركية مدينة عفرين شمال سوريا.",
        &["Turkish Armed Forces attacked Afrin"],
    );
}

#[test]
fn case_040() {
    check(
        "شنت إسرائيل غارات على مواقع عسكرية في سوريا.",
        &["Israel attacked Syria"],
    );
}

#[test]
fn case_041() {
    check("لن تهاجم إسرائيل لبنان ما دام الهدوء قائما.", &[]);
}

#[test]
fn case_042() {
    check(
        "تعد الصين أكبر مستورد للنفط السعودي.",
        &["Saudi Arabia suppliesEnergyTo China"],
    );
}

#[test]
fn case_043() {
    check(
        "وتصدر روسيا الغاز إلى ألمانيا عبر خط أنابيب.",
        &["Russia suppliesEnergyTo Germany"],
    );
}

#[test]
fn case_044() {
    check(
        "وبلغ حجم التبادل التجاري بين مصر والصين نحو 14 مليار دولار.",
        &["Egypt tradesWith China"],
    );
}

#[test]
fn case_045() {
    check(
        "وأكد الجانبان أهمية تعزيز التعاون بين روسيا والهند في مجال الدفاع.",
        &["Russia cooperatesWith India"],
    );
}

#[test]
fn case_046() {
    check(
        "وتعيش في القاهرة التي يبلغ عدد سكانها نحو 20 مليون نسمة أكبر جالية سودانية.",
        &["Cairo population 20000000"],
    );
}

#[test]
fn case_047() {
    check(
        "اتفقت روسيا وتركيا على إنشاء منطقة منزوعة السلاح في إدلب.",
        &["Russia agreedWith Turkey"],
    );
}

#[test]
fn case_048() {
    check(
        "وتفاوضت الولايات المتحدة مع حركة طالبان في الدوحة.",
        &["United States negotiatedWith Taliban"],
    );
}

#[test]
fn case_049() {
    check(
        "وقال رئيس الوزراء العراقي حيدر العبادي إن القوات العراقية حررت الموصل بالكامل.",
        &[
            "Haider al-Abadi holdsPosition Prime Minister of Iraq",
            "Haider al-Abadi stated",
        ],
    );
}

#[test]
fn case_050() {
    check(
        "وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بريطانيا ستغادر الاتحاد الأوروبي في موعدها.",
        &[
            "Theresa May holdsPosition Prime Minister of United Kingdom",
            "Theresa May stated",
        ],
    );
}

#[test]
fn case_051() {
    check(
        "وقال العاهل المغربي الملك محمد السادس في خطاب إن المغرب متمسك بوحدته الترابية.",
        &[
            "Mohammed VI of Morocco holdsPosition King of Morocco",
            "Mohammed VI of Morocco stated",
        ],
    );
}

#[test]
fn case_052() {
    check(
        "أعلن الكرملين أن بوتين سيلتقي ترامب في هلسنكي الشهر المقبل.",
        &["Kremlin stated"],
    );
}

#[test]
fn case_053() {
    check(
        "وشارك الرئيس الروسي فلاديمير بوتين في قمة مجموعة العشرين.",
        &[
            "Vladimir Putin attended قمة مجموعة العشرين",
            "Vladimir Putin holdsPosition President of Russia",
        ],
    );
}

#[test]
fn case_054() {
    check(
        "وكانت المتحدثة باسم الخارجية الأمريكية هيذر نويرت قالت إن واشنطن قلقة من التطورات.",
        &[
            "Heather Nauert holdsPosition Spokesperson of U.S. State Department",
            "Heather Nauert stated",
        ],
    );
}

#[test]
fn case_055() {
    check(
        "قال مسؤول في وزارة الخارجية الروسية، سيرغي ريابكوف، إن موسكو تدرس الرد.",
        &[
            "Sergei Ryabkov holdsPosition Official of Russian Foreign Ministry",
            "Sergei Ryabkov stated",
        ],
    );
}

#[test]
fn case_056() {
    check(
        "وأضاف نائب وزير الخارجية الروسي سيرغي ريابكوف أن العقوبات لن تغير موقف روسيا.",
        &[
            "Sergei Ryabkov holdsPosition Official of Russia",
            "Sergei Ryabkov stated",
        ],
    );
}

#[test]
fn case_057() {
    check(
        "وقال رئيس هيئة الأركان الإيرانية اللواء محمد باقري إن القوات المسلحة جاهزة لأي مواجهة.",
        &[
            "Mohammad Bagheri holdsPosition Official of Iran",
            "Mohammad Bagheri stated",
        ],
    );
}

#[test]
fn case_058() {
    check(
        "وأكدت وزارة الخارجية القطرية في بيان أن الدوحة ملتزمة بأمن الخليج.",
        &["Qatari Foreign Ministry stated"],
    );
}

#[test]
fn case_059() {
    check(
        "وذكرت وكالة رويترز أن أسعار النفط ارتفعت بنسبة خمسة في المئة.",
        &["Reuters stated"],
    );
}

#[test]
fn case_060() {
    check(
        "وقالت الولايات المتحدة إنها ستواصل دعم أوكرانيا عسكريا.",
        &["United States stated"],
    );
}

#[test]
fn case_061() {
    check(
        "وقال المرشد الأعلى الإيراني علي خامنئي إن المفاوضات مع واشنطن لن تجدي نفعا.",
        &[
            "Ali Khamenei holdsPosition Supreme Leader of Iran",
            "Ali Khamenei stated",
        ],
    );
}

#[test]
fn case_062() {
    check(
        "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع الإنساني في غزة كارثي.",
        &[
            "António Guterres holdsPosition Secretary-General of United Nations",
            "António Guterres stated",
        ],
    );
}

#[test]
fn case_063() {
    check("ويرى محللون أن الأزمة قد تطول لسنوات أخرى.", &[]);
}

#[test]
fn case_064() {
    check(
        "وقال مسؤول أمريكي رفيع إن المفاوضات وصلت إلى طريق مسدود.",
        &[],
    );
}

#[test]
fn case_065() {
    check(
        "وقال بوتين مازحا إن الطقس في موسكو أفضل من الطقس في لندن.",
        &["Vladimir Putin stated"],
    );
}

#[test]
fn case_066() {
    check(
        "وأشار الوزير إلى أن التعاون العسكري بين البلدين يتطور بشكل ملحوظ.",
        &[],
    );
}

#[test]
fn case_067() {
    check(
        "أردوغان: تركيا لن تسمح بإقامة ممر إرهابي على حدودها الجنوبية",
        &["Recep Tayyip Erdoğan stated"],
    );
}

#[test]
fn case_068() {
    check(
        "وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين إن الرئيس لا يخطط لزيارة واشنطن.",
        &[
            "Dmitry Peskov holdsPosition Spokesperson of Kremlin",
            "Dmitry Peskov stated",
        ],
    );
}

#[test]
fn case_069() {
    check(
        "وقال المتحدث باسم التحالف العقيد الركن تركي المالكي إن الدفاعات الجوية اعترضت صاروخا باليستيا.",
        &["Turki al-Maliki holdsPosition Spokesperson of Saudi-led coalition", "Turki al-Maliki stated"],
    );
}

#[test]
fn case_070() {
    check(
        "وأفاد المرصد السوري لحقوق الإنسان بأن الاشتباكات أسفرت عن مقتل العشرات.",
        &["Syrian Observatory for Human Rights stated"],
    );
}

#[test]
fn case_071() {
    check(
        "وكان وزير الخارجية الإيراني محمد جواد ظريف قد حذر من أن طهران سترد على أي اعتداء.",
        &[
            "Mohammad Javad Zarif holdsPosition Foreign Minister of Iran",
            "Mohammad Javad Zarif stated",
        ],
    );
}

#[test]
fn case_072() {
    check(
        "بوتين يزور الهند لبحث صفقات الأسلحة",
        &["Vladimir Putin visited India"],
    );
}

#[test]
fn case_073() {
    check(
        "والتقى وزير الخارجية الصيني وانغ يي نظيره الروسي سيرغي لافروف في بكين.",
        &[
            "Sergey Lavrov holdsPosition Foreign Minister of Russia",
            "Wang Yi holdsPosition Foreign Minister of China",
            "Wang Yi met Sergey Lavrov",
        ],
    );
}

#[test]
fn case_074() {
    check(
        "وزارت المستشارة الألمانية أنغيلا ميركل الصين الشهر الماضي.",
        &[
            "Angela Merkel holdsPosition Prime Minister of Germany",
            "Angela Merkel visited China",
        ],
    );
}

#[test]
fn case_075() {
    check("ولم تفرض الصين أي عقوبات على كوريا الشمالية.", &[]);
}

#[test]
fn case_076() {
    check("وقد تفرض واشنطن عقوبات على أنقرة إذا لم تتراجع.", &[]);
}

#[test]
fn case_077() {
    check(
        "وأعلنت وزارة الخارجية الأمريكية أن الوزير سيزور بغداد الأسبوع المقبل.",
        &["U.S. State Department stated"],
    );
}

#[test]
fn case_078() {
    check(
        "قال الرئيس الأوكراني فولوديمير زيلينسكي إن القوات الروسية قصفت مدينة خاركيف.",
        &[
            // events told in reported speech are facts of the text too (as the annotation guidelines read them)
            "Russian Armed Forces attacked Kharkiv",
            "Volodymyr Zelensky holdsPosition President of Ukraine",
            "Volodymyr Zelensky stated",
        ],
    );
}

#[test]
fn case_079() {
    check(
        "وقالت رئيسة الوزراء البريطانية تيريزا ماي: \"لن نتراجع عن قرارنا\".",
        &[
            "Theresa May holdsPosition Prime Minister of United Kingdom",
            "Theresa May stated",
        ],
    );
}

#[test]
fn case_080() {
    check(
        "وقال لافروف إن موسكو لن تقبل بأي إملاءات.\nوتابع قائلا إن الحوار هو السبيل الوحيد.",
        &["Sergey Lavrov stated"],
    );
}

#[test]
fn case_081() {
    check(
        "وانتقدت الخارجية الإيرانية البيان الأمريكي بشدة.",
        &["Iranian Foreign Ministry criticized United States"],
    );
}

#[test]
fn case_082() {
    check("كيف سيرد أردوغان على العقوبات الأمريكية؟", &[]);
}

#[test]
fn case_083() {
    check(
        "ولو زار ترامب كوريا الشمالية لكان أول رئيس أمريكي يفعل ذلك.",
        &[],
    );
}

#[test]
fn case_084() {
    check(
        "وتدعم إيران جماعة الحوثي في اليمن منذ سنوات.",
        &["Iran supported Houthis"],
    );
}

#[test]
fn case_085() {
    check(
        "وأجرى العاهل السعودي الملك سلمان بن عبد العزيز اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب.",
        &["Donald Trump holdsPosition President of United States", "King Salman holdsPosition King of Saudi Arabia", "King Salman spokeWith Donald Trump"],
    );
}

#[test]
fn case_086() {
    check(
        "وقال المتحدث باسم وزارة الخارجية الصينية قنغ شوانغ إن بكين تعارض أي تدخل في شؤونها الداخلية.",
        &["Geng Shuang holdsPosition Spokesperson of Chinese Foreign Ministry", "Geng Shuang stated"],
    );
}

#[test]
fn case_087() {
    check(
        "وأكد الرئيس الإيراني حسن روحاني أن بلاده ستواصل برنامجها الصاروخي.",
        &[
            "Hassan Rouhani holdsPosition President of Iran",
            "Hassan Rouhani stated",
        ],
    );
}

#[test]
fn case_088() {
    check(
        "ووصل الرئيس التركي رجب طيب أردوغان إلى موسكو في زيارة رسمية.",
        &[
            "Recep Tayyip Erdoğan holdsPosition President of Turkey",
            "Recep Tayyip Erdoğan visited Moscow",
        ],
    );
}

#[test]
fn case_089() {
    check(
        "واتهم الرئيس الأمريكي دونالد ترامب الصين بسرقة الملكية الفكرية.",
        &[
            "Donald Trump accused China",
            "Donald Trump holdsPosition President of United States",
        ],
    );
}

#[test]
fn case_090() {
    check(
        "وأدان الاتحاد الأوروبي الهجوم الصاروخي على مدينة أوديسا.",
        &[],
    );
}

#[test]
fn hashtags_inside_names() {
    check(
        "وقال وزير الخارجية الروسي سيرغي #لافروف إن موسكو مستعدة للحوار مع الغرب.",
        &[
            "Sergey Lavrov holdsPosition Foreign Minister of Russia",
            "Sergey Lavrov stated",
        ],
    );
}

#[test]
fn attribution_to_a_source() {
    check(
        "ارتفعت صادرات القمح إلى مستويات قياسية خلال الربع الأول، بحسب وكالة رويترز.",
        &["Reuters stated"],
    );
    // a speaker named by a speech verb is not replaced by the report's source
    check(
        "وقال أردوغان، بحسب وكالة الأناضول، إن تركيا ستواصل عملياتها.",
        &["Recep Tayyip Erdoğan stated"],
    );
}

#[test]
fn unnamed_sources_speak_for_their_body() {
    check(
        "وقالت مصادر في وزارة الخارجية الروسية إن المحادثات ستستأنف الأسبوع المقبل.",
        &["Russian Foreign Ministry stated"],
    );
    check("وقال ناشطون إن القصف استمر طوال الليل.", &[]);
}

#[test]
fn unknown_name_before_its_title() {
    check(
        "وقال سامر خليل المتحدث باسم الجيش الليبي إن قواته تقدمت نحو المدينة.",
        &[
            "سامر خليل holdsPosition Spokesperson of Libya",
            "سامر خليل stated",
        ],
    );
}

#[test]
fn first_name_with_another_persons_surname() {
    check(
        "وقال محرر الشؤون الدولية توماس جونسون إن الأزمة ستطول أكثر مما يتوقع الجميع.",
        &["توماس جونسون holdsPosition Official", "توماس جونسون stated"],
    );
}

#[test]
fn pair_of_presidents_named_by_adjectives() {
    let article = "وتحادث الرئيسان الفرنسي والمصري هاتفيا حول الأوضاع في ليبيا.";
    check(article, &["Emmanuel Macron spokeWith Abdel Fattah el-Sisi"]);
}

#[test]
fn still_is_not_a_negation() {
    check(
        "وقال المتحدث إن الحوثيين لا يزالون يهاجمون مدينة جازان بالصواريخ.",
        &["Houthis attacked Jazan"],
    );
    check("لم يهاجم الحوثيون مدينة جازان.", &[]);
}

#[test]
fn planned_meetings_named_by_their_noun() {
    check(
        "وتتجه الأنظار إلى اللقاء المرتقب بين الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Vladimir Putin holdsPosition President of Russia",
        ],
    );
}

#[test]
fn titles_inside_place_names() {
    check("وصل الوفد إلى مطار الملك خالد الدولي في الرياض.", &[]);
}

#[test]
fn bombing_of_a_place() {
    check("وأدى قصف الغوطة الشرقية إلى سقوط عشرات القتلى.", &[]);
    check(
        "وشنت الطائرات الروسية غارات على مدينة إدلب.",
        &["Russia attacked Idlib"],
    );
}

#[test]
fn unknown_speakers_right_after_the_verb() {
    check(
        "وقال كريم منصور لقناة الجزيرة إن المفاوضات وصلت إلى طريق مسدود.",
        &["كريم منصور stated"],
    );
    // the family name alone refers back to the person named in full
    check(
        "وقال كريم منصور إن المفاوضات متعثرة منذ أسابيع. وأضاف منصور أن الحل السياسي ما زال ممكنا.",
        &["كريم منصور stated"],
    );
    // a report is no person; a plural subject is nobody in particular
    check(
        "ويقول تقرير جديد إن الأوضاع الإنسانية تتدهور بسرعة كبيرة.",
        &[],
    );
    check("وقال ناشطون محليون إن القصف استمر حتى الفجر.", &[]);
}

#[test]
fn phrases_that_are_not_names() {
    // a preposition and its genitive, an adjective ending the phrase
    check(
        "قال المفوض السامي لحقوق الإنسان إن الوضع خطير للغاية في المنطقة.",
        &[],
    );
}

#[test]
fn dropped_subjects_agree_in_gender() {
    let text = "قالت المتحدثة باسم البيت الأبيض سارة ساندرز إن الرئيس سيلتقي الوفد. وقال وزير الخارجية الأمريكي مايك بومبيو إن المحادثات كانت مثمرة. وأضافت أن اللقاء سيعقد في واشنطن.";
    check(
        text,
        &[
            "Mike Pompeo holdsPosition Foreign Minister of United States",
            "Mike Pompeo stated",
            "Sarah Huckabee Sanders holdsPosition Spokesperson of White House",
            "Sarah Huckabee Sanders stated",
        ],
    );
    // the feminine "وأضافت" of the third sentence goes back to the spokeswoman, not to
    // the man who spoke last
    let ex = extract(text);
    let third: Vec<String> = ex
        .facts
        .iter()
        .filter(|f| f.relation == "stated" && f.sentence == 2)
        .map(|f| label(&f.subject.label_en, &f.subject.label_ar))
        .collect();
    assert_eq!(third, vec!["Sarah Huckabee Sanders".to_string()]);
}

#[test]
fn agent_named_in_a_relative_clause_after_an_act_noun() {
    check(
        "ودانت موسكو الضربات التي نفذتها الولايات المتحدة وبريطانيا على مواقع في سوريا.",
        &[
            "United States attacked Syria",
            "United Kingdom attacked Syria",
        ],
    );
    check(
        "وأسفر الهجوم الذي شنته القوات التركية على عفرين عن مقتل العشرات.",
        &["Turkish Armed Forces attacked Afrin"],
    );
    // only alleged: no attack asserted
    // the denial is Damascus's statement (a capital speaks for its state); the attack is not asserted
    check(
        "ونفت دمشق الهجوم الذي اتهمت بتنفيذه في دوما.",
        &["Syria stated"],
    );
}

#[test]
fn a_row_of_nisba_adjectives_names_several_agents() {
    check(
        "وجاءت الضربة الأميركية الفرنسية على سوريا بعد أسبوع من التهديدات.",
        &["United States attacked Syria", "France attacked Syria"],
    );
}

#[test]
fn objects_listed_after_kila_min() {
    check(
        "واتهمت طهران كلا من واشنطن والرياض بدعم الإرهاب.",
        &["Iran accused United States", "Iran accused Saudi Arabia"],
    );
}

#[test]
fn future_verb_before_or_after_the_trigger() {
    check(
        "وقال المحلل إن القوات التركية ستجد نفسها تقاتل الجيش السوري.",
        &[],
    );
    check(
        "وأعلن القصر أن زيارة الملك إلى باريس التي تأجلت مرتين ستجري الشهر المقبل.",
        &[],
    );
}

#[test]
fn strikes_name_their_place_after_fi() {
    check(
        "وقصفت الطائرات الإسرائيلية مواقع عسكرية في سوريا ليلة الخميس.",
        &["Israel attacked Syria"],
    );
    // a region is the place bombed, not the one who bombs
    check("وأدى قصف الغوطة الشرقية في سوريا إلى سقوط قتلى.", &[]);
}

#[test]
fn fighting_and_waging_war() {
    check(
        "وخاضت القوات العراقية معارك ضد تنظيم الدولة الإسلامية في الموصل.",
        &["Iraq atWarWith Islamic State"],
    );
    // two people in a figurative battle are not at war
    check("وبدا أن معركة تدور بين ماكرون وترامب حول التجارة.", &[]);
    check("وتخوض الأحزاب الانتخابات مع حلفائها.", &[]);
}

#[test]
fn working_with_and_allies() {
    check(
        "وتعمل باريس مع برلين على خطة مشتركة.",
        &["France cooperatesWith Germany"],
    );
    check(
        "والأردن حليف قديم للولايات المتحدة في المنطقة.",
        &["Jordan cooperatesWith United States"],
    );
}

#[test]
fn listed_under_sanctions() {
    check(
        "وأدرجت وزارة الخزانة الأمريكية شركة روسنفت على قائمة العقوبات.",
        &["United States imposedSanctionsOn Rosneft"],
    );
    check("وأدرجت الوزارة الموضوع على جدول أعمال الاجتماع.", &[]);
}

#[test]
fn supported_in_a_relative_clause_with_the_object_pronoun() {
    check(
        "وحذرت دمشق المقاتلين الأكراد الذين تدعمهم واشنطن من التقدم.",
        &["Syria stated"],
    );
    check(
        "وهاجمت قوات سوريا الديمقراطية التي تدعمها واشنطن مواقع التنظيم.",
        &["United States supported Syrian Democratic Forces"],
    );
}

#[test]
fn a_journey_made_to_meet() {
    check(
        "وكان بومبيو قد سافر إلى بيونغ يانغ للقاء كيم جونغ أون.",
        &[
            "Mike Pompeo visited Pyongyang",
            "Mike Pompeo met Kim Jong Un",
        ],
    );
    check("ظريف في موسكو الاثنين للقاء لافروف", &[]);
}

#[test]
fn no_agent_inside_a_prepositional_phrase() {
    check(
        "وقالت الوزارة إن لدى واشنطن معلومات عن الهجوم الكيماوي في دوما.",
        &[],
    );
}

#[test]
fn headline_subject_before_its_verb() {
    check(
        "الكرملين يحذر واشنطن من عواقب نشر الصواريخ في أوروبا",
        &["Kremlin stated"],
    );
}

#[test]
fn capitals_speak_for_their_state() {
    check(
        "وتتهم الرياض طهران بتسليح الحوثيين، وتنفي طهران هذه الاتهامات جملة وتفصيلا.",
        &["Iran stated", "Saudi Arabia accused Iran"],
    );
}

#[test]
fn offices_with_a_field_after_the_body() {
    check(
        "وقال محرر بي بي سي لشؤون أفريقيا جون ماكدونالد إن الانتخابات ستجري في موعدها المحدد.",
        &[
            "جون ماكدونالد holdsPosition Official of BBC",
            "جون ماكدونالد stated",
        ],
    );
}

#[test]
fn possessor_and_coordinated_agents_before_a_noun() {
    check(
        "وكثف الحوثيون هجماتهم الصاروخية على مدينة جازان خلال الأسبوع الماضي.",
        &["Houthis attacked Jazan"],
    );
    check(
        "وقالت الوزارة إن ألمانيا وفرنسا قررتا فرض عقوبات على كوريا الشمالية.",
        &[
            "France imposedSanctionsOn North Korea",
            "Germany imposedSanctionsOn North Korea",
        ],
    );
    check(
        "وانتقد الوزير التدخل العسكري التركي في شمال العراق.",
        &["Turkey attacked Iraq"],
    );
}

#[test]
fn passive_speech_has_no_speaker() {
    check("وأُعلنت حالة الطوارئ في ثلاث ولايات بعد وصول العاصفة.", &[]);
}

#[test]
fn a_halt_of_attacks_asserts_no_attack() {
    check(
        "وأمر الرئيس الروسي فلاديمير بوتين بوقف الهجمات على أوكرانيا.",
        &[
            "Vladimir Putin holdsPosition President of Russia",
            "Vladimir Putin ordered وقف الهجمات على أوكرانيا",
        ],
    );
}

#[test]
fn dropped_subject_named_earlier_in_the_sentence() {
    check(
        "وتذهب المستشارة الألمانية أنغيلا ميركل في الاتجاه نفسه، إذ تقول إن أوروبا يجب أن تعتمد على نفسها.",
        &[
            "Angela Merkel holdsPosition Prime Minister of Germany",
            "Angela Merkel stated",
        ],
    );
    // the object of a preposition is no subject
    check(
        "وأجرى الوزير محادثات مع الرئيس الإيراني حسن روحاني، أكد خلالها أن البلدين يعززان التعاون الاقتصادي.",
        &["Hassan Rouhani holdsPosition President of Iran"],
    );
}

#[test]
fn a_family_name_after_an_unknown_first_name_is_someone_else() {
    // (the lexicon knows Boris Johnson as "جونسون"; "مارك جونسون" is another man)
    check("والتقى مارك جونسون بالوفد في لندن.", &[]);
    check(
        "وقال جونسون إن بريطانيا ستغادر الاتحاد الأوروبي في موعدها.",
        &["Boris Johnson stated"],
    );
}

#[test]
fn odd_text_never_fails() {
    // an article that ends right after a speech verb and a name (found in the corpus)
    check("وقال كريم منصور", &[]);
    check("قال", &[]);
    check("«»\"\"،،..؟", &[]);
    check("الرئيس", &[]);
    check("# _ # وزير", &[]);
}

#[test]
fn so_called_groups_and_signed_orders() {
    check(
        "وتخوض القوات العراقية معارك ضد ما يعرف بتنظيم الدولة الإسلامية في الموصل.",
        &["Iraq atWarWith Islamic State"],
    );
    check(
        "ووقع الرئيس الأمريكي باراك أوباما أمرا تنفيذيا بإغلاق المعتقل.",
        &[
            "Barack Obama holdsPosition President of United States",
            "Barack Obama signed أمرا تنفيذيا بإغلاق المعتقل",
        ],
    );
}

/// A name closed by a prepositional phrase with the article (للصحافيين) before the words said.
#[test]
fn case_091() {
    check(
        "وقال نائب وزير العدل الأميركي جون سميث للصحافيين إن التحقيق في القضية سيستمر حتى نهاية العام.",
        &[
            "جون سميث holdsPosition Official of United States",
            "جون سميث stated",
        ],
    );
}

/// An adjective of rank between the title and the name.
#[test]
fn case_092() {
    check(
        "وقال المسؤول الكردي البارز سالار دوسكي لرويترز إن الاتفاق مع الحكومة بات قريبا جدا.",
        &["سالار دوسكي holdsPosition Official", "سالار دوسكي stated"],
    );
}

/// A title's field, then where the office sits, then the name: the speaker is the person, not the country.
#[test]
fn case_093() {
    check(
        "وقال المنسق الأممي للشؤون الإنسانية في اليمن ماركوس ليندفال إن الوضع الإنساني كارثي في البلاد.",
        &[
            "ماركوس ليندفال holdsPosition Official of United Nations",
            "ماركوس ليندفال stated",
        ],
    );
}

/// Relayed speech: the speaker is named after عن, the outlet only relays.
#[test]
fn case_094() {
    check(
        "ونقلت وكالة رويترز عن سالم الخطيب، محامي المتهم، أن موكله بريء من كل التهم الموجهة إليه.",
        &["سالم الخطيب holdsPosition Official", "سالم الخطيب stated"],
    );
}

/// A reply introduced by بالقول.
#[test]
fn case_095() {
    check(
        "من جانبه، رد المتحدث باسم الخارجية الإيرانية بهرام قاسمي على الاتهامات بالقول إن طهران لن تتراجع عن برنامجها.",
        &[
            "Bahram Qasemi holdsPosition Spokesperson of Iranian Foreign Ministry",
            "Bahram Qasemi stated",
        ],
    );
}

/// Attribution with وفقا لـ at the end of the sentence.
#[test]
fn case_096() {
    check(
        "وأسفر القصف عن أضرار كبيرة في المباني، وفقا للجيش الإسرائيلي.",
        &["Israel Defense Forces stated"],
    );
}

/// An unnamed official of a state, relayed with قوله: the state speaks.
#[test]
fn case_097() {
    check(
        "ونقلت وكالة الأنباء الفرنسية عن مسؤول أمني تركي قوله إن الهجوم أحبط قبل تنفيذه بساعات.",
        &["Turkey stated"],
    );
}

/// An envoy's destination country is part of the title.
#[test]
fn case_098() {
    check(
        "وصرح المبعوث الأممي إلى اليمن مارتن غريفيث بأن المفاوضات ستستأنف في جنيف الشهر المقبل.",
        &[
            "Martin Griffiths holdsPosition Envoy of United Nations",
            "Martin Griffiths stated",
        ],
    );
}

/// A bare definite head noun (المرصد) refers back to the body named with it.
#[test]
fn case_099() {
    check(
        "قال المرصد السوري لحقوق الإنسان إن القصف استمر طوال الليل على أحياء المدينة. وأوضح المرصد أن عشرات المدنيين نزحوا من المنطقة خلال الساعات الماضية.",
        &[
            "Syrian Observatory for Human Rights stated",
        ],
    );
}

/// The head noun written before the name (شبكة سي إن إن) is remembered too.
#[test]
fn case_100() {
    check(
        "وذكرت شبكة سي إن إن أن الإدارة تدرس خيارات جديدة في المنطقة. وقالت الشبكة إن القرار سيعلن خلال أيام قليلة جدا.",
        &[
            "CNN stated",
        ],
    );
}

/// A head noun followed by its own name is another body, not the one before.
#[test]
fn case_101() {
    check(
        "وفاز الحزب الديمقراطي بأغلبية المقاعد في المجلس. وقال الحزب الجمهوري إن الاتهامات لا أساس لها من الصحة على الإطلاق.",
        &[
            "Republican Party stated",
        ],
    );
}

/// A participle continues the speech verb of its sentence, not the person met in between.
#[test]
fn case_102() {
    check(
        "وكشف وزير الخارجية الروسي سيرغي لافروف أن وفدا من بلاده زار دمشق والتقى الرئيس السوري بشار الأسد، مؤكدا أن الزيارة تناولت ملف اللاجئين.",
        &[
            "Sergey Lavrov holdsPosition Foreign Minister of Russia",
            "Bashar al-Assad holdsPosition President of Syria",
            "Sergey Lavrov stated",
        ],
    );
}

/// A participle after a speech verb with an unknown subject has no speaker.
#[test]
fn case_103() {
    check(
        "دعا كاتب أميركي معروف الحكومة إلى مراجعة سياستها، قائلا إن الرئيس الفرنسي إيمانويل ماكرون لم يف بوعوده.",
        &[
            "Emmanuel Macron holdsPosition President of France",
        ],
    );
}

/// A subject in apposition, closed by a comma right before its verb.
#[test]
fn case_104() {
    check(
        "وأوضح المتحدث أن الرئيس الروسي، فلاديمير بوتين، بحث في موسكو مع رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الوضع في سوريا.",
        &[
            "Vladimir Putin holdsPosition President of Russia",
            "Benjamin Netanyahu holdsPosition Prime Minister of Israel",
            "Vladimir Putin met Benjamin Netanyahu",
            "Benjamin Netanyahu visited Moscow",
        ],
    );
}

/// A verbal noun with a pronoun (لقائه, hamza on its seat): the pronoun is the agent, the counterpart the object, with the office of the person before.
#[test]
fn case_105() {
    check(
        "وقال لافروف عقب لقائه نظيره الألماني، هايكو ماس، إن الاتفاق يجب أن يستمر رغم كل الضغوط.",
        &[
            "Heiko Maas holdsPosition Foreign Minister of Germany",
            "Sergey Lavrov stated",
            "Sergey Lavrov met Heiko Maas",
        ],
    );
}

/// A relative clause set off by commas between the verb's subject and its object.
#[test]
fn case_106() {
    check(
        "وحمّل الرئيس التركي، الذي يسعى لولاية ثانية، حزب العمال الكردستاني مسؤولية الهجوم على المركز الأمني.",
        &[
            "Recep Tayyip Erdoğan holdsPosition President of Turkey",
            "Recep Tayyip Erdoğan accused Kurdistan Workers' Party",
        ],
    );
}

/// A light verb carries the act noun: its subject is the noun's agent; إلى marks the accused.
#[test]
fn case_107() {
    check(
        "ووجهت وزارة العدل الأمريكية اتهامات إلى روسيا بالتدخل في الانتخابات.",
        &["U.S. Department of Justice accused Russia"],
    );
}

/// The German adjective (ألماني starts with the letters of the article).
#[test]
fn case_108() {
    check(
        "وزار وزير الخارجية الألماني هايكو ماس موسكو أمس الثلاثاء.",
        &[
            "Heiko Maas holdsPosition Foreign Minister of Germany",
            "Heiko Maas visited Moscow",
        ],
    );
}

/// بين X … وبين Y, and a passive participle after a comma.
#[test]
fn case_109() {
    check(
        "يأتي هذا بعد سنوات من الصراع المسلح بين القوات الحكومية اليمنية، المدعومة من التحالف الذي تقوده السعودية، وبين الحوثيين المدعومين من إيران.",
        &[
            "Government of Yemen atWarWith Houthis",
            "Saudi-led coalition supported Government of Yemen",
            "Iran supported Houthis",
        ],
    );
}

/// A coordinated verb shares the first clause's subject; a name in quotes after its head noun; ديموقراطية spelt with waw.
#[test]
fn case_110() {
    check(
        "وتسيطر قوات سوريا الديموقراطية على مناطق واسعة في شمال سوريا، وقد خاضت معارك عنيفة ضد تنظيم \"الدولة الإسلامية\" في الرقة.",
        &[
            "Syrian Democratic Forces atWarWith Islamic State",
        ],
    );
}

/// No shared subject across reported speech.
#[test]
fn case_111() {
    check(
        "وقال الرئيس الأمريكي دونالد ترامب إن قواته انتشرت في المنطقة، وقصفت مواقع في سوريا.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Donald Trump stated",
        ],
    );
}

/// Attribution to a titled person: the person speaks, not the outlet in the title.
#[test]
fn case_112() {
    check(
        "وقد تستمر المعارك في المدينة عدة أسابيع أخرى بحسب محرر بي بي سي للشؤون الدولية جيمس لانديل.",
        &[
            "جيمس لانديل holdsPosition Official of BBC",
            "جيمس لانديل stated",
        ],
    );
}

/// A lexicon name written with quotes inside it.
#[test]
fn case_113() {
    check(
        "أعلن تحالف \"دعم الشرعية\" في اليمن اعتراض صاروخ أطلقه الحوثيون باتجاه مدينة نجران.",
        &["Saudi-led coalition stated"],
    );
}

/// A coordinated attribution: every source.
#[test]
fn case_114() {
    check(
        "ولم يبحث الجانبان ملف العقوبات خلال المحادثات، وفق الكرملين والبيت الأبيض.",
        &["Kremlin stated", "White House stated"],
    );
}

/// A former office after an acronym in brackets gives no position.
#[test]
fn case_115() {
    check(
        "وكتب المحقق الخاص روبرت مولر، مدير مكتب التحقيقات الفدرالي (إف بي أي) السابق، التقرير بنفسه.",
        &[
            "Robert Mueller holdsPosition Official",
            "Robert Mueller stated",
        ],
    );
}

/// A title is not followed by a name that starts with و: that is another person.
#[test]
fn case_116() {
    check(
        "وعقد اجتماع بين رئيسة الوزراء البريطانية تيريزا ماي وولي العهد السعودي الأمير محمد بن سلمان في لندن.",
        &[
            "Theresa May holdsPosition Prime Minister of United Kingdom",
            "Mohammed bin Salman holdsPosition Crown Prince of Saudi Arabia",
            "Theresa May met Mohammed bin Salman",
        ],
    );
}

/// A one-word name the lexicon knows as someone's surname, followed by an unknown word inside commas, is a new person.
#[test]
fn case_117() {
    check(
        "أعلن المسؤول في وزارة الخارجية الروسية، زامير كابولوف، أن الوفد سيصل قريبا.",
        &[
            "زامير كابولوف holdsPosition Official of Russian Foreign Ministry",
            "زامير كابولوف stated",
        ],
    );
}

/// A feminine title makes an unknown person a woman: a later وقالت goes back to her, not to the man who spoke last.
#[test]
fn case_118() {
    check(
        "وردت المتحدثة باسم الخارجية الأمريكية سارة جونز: \"نعم\". وأضاف المتحدث باسم البنتاغون مارك سميث أن القوات في حالة تأهب دائم. وقالت في مؤتمر صحافي إن الولايات المتحدة لا تسعى إلى التصعيد مع أحد.",
        &[
            "سارة جونز holdsPosition Spokesperson of U.S. State Department",
            "سارة جونز stated",
            "مارك سميث holdsPosition Spokesperson of Pentagon",
            "مارك سميث stated",
        ],
    );
}

/// A journey in the present tense on a named day is a schedule, not a visit made.
#[test]
fn case_119() {
    check(
        "ويصل الرئيس الفرنسي إيمانويل ماكرون الخميس إلى الجزائر في زيارة رسمية.",
        &["Emmanuel Macron holdsPosition President of France"],
    );
}

/// The same journey told in the past is a visit.
#[test]
fn case_120() {
    check(
        "ووصل الرئيس الفرنسي إيمانويل ماكرون الخميس إلى الجزائر.",
        &[
            "Emmanuel Macron holdsPosition President of France",
            "Emmanuel Macron visited Algeria",
        ],
    );
}

/// A pair word (الطرفان) after the two people named earlier in the same sentence; what is agreed on is no party.
#[test]
fn case_121() {
    check(
        "وجرى اتصال هاتفي بين العاهل السعودي الملك سلمان والرئيس التركي رجب طيب أردوغان، إذ اتفق الطرفان على تشكيل مجموعة عمل مشتركة.",
        &[
            "King Salman holdsPosition King of Saudi Arabia",
            "Recep Tayyip Erdoğan holdsPosition President of Turkey",
            "King Salman spokeWith Recep Tayyip Erdoğan",
            "Recep Tayyip Erdoğan agreedWith King Salman",
        ],
    );
}

/// A verb right after إنها: its subject is the sentence's speaker.
#[test]
fn case_122() {
    check(
        "وقالت مصادر في وحدات حماية الشعب الكردية إنها توصلت إلى اتفاق مع دمشق لدخول القوات السورية.",
        &[
            "People's Protection Units stated",
            "People's Protection Units agreedWith Syria",
        ],
    );
}

/// Goods named by a nisba after a number stand for their state (accusative أميركيا).
#[test]
fn case_123() {
    check(
        "وفرضت الصين رسوما جمركية إضافية على 128 منتجا أميركيا.",
        &["China imposedSanctionsOn United States"],
    );
}

/// Goods named by a definite nisba stand for their state.
#[test]
fn case_124() {
    check(
        "وفرضت الصين رسوما جمركية على السلع الأميركية.",
        &["China imposedSanctionsOn United States"],
    );
}

/// A quotation that closes its sentence ends it; a profession with its field before the name.
#[test]
fn case_125() {
    check(
        "وقال خبير الأرصاد ديفيد مارتن: \"لم يحدث هذا من قبل.\" وقالت وكالة رويترز إن الإعصار هو الأقوى منذ عقود طويلة.",
        &[
            "ديفيد مارتن stated",
            "Reuters stated",
        ],
    );
}

/// After a speaker nobody can name, a dropped-subject وأضاف is that speaker, not the one before.
#[test]
fn case_126() {
    check(
        "وقال الرئيس الأمريكي دونالد ترامب إن الحكومة مستعدة للإعصار تماما. وقال المركز الوطني للأعاصير إن العاصفة ستضعف خلال يومين. وأضاف أن الأمطار ستستمر في الهطول لأيام.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Donald Trump stated",
        ],
    );
}

/// A speech verb inside the quotation is part of the words said.
#[test]
fn case_127() {
    check(
        "وقال النائب الأمريكي توم سوزي في بيان: \"لقد طالب مجلس الأمن الحزب بنزع سلاحه منذ سنوات طويلة\".",
        &[
            "توم سوزي holdsPosition Official of United States",
            "توم سوزي stated",
        ],
    );
}

/// A subordinator (حيث) opens a clause: the place before it is not the verb's subject.
#[test]
fn case_128() {
    check(
        "وتقع المدينة في شمالي سوريا حيث تقاتل القوات التركية مسلحين أكرادا.",
        &[],
    );
}

/// An obligation (على X + verbal noun) is required, not done.
#[test]
fn case_129() {
    check(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن على النمسا وإيطاليا التحالف مع ألمانيا لمواجهة الهجرة.",
        &[
            "Emmanuel Macron holdsPosition President of France",
            "Emmanuel Macron stated",
        ],
    );
}

/// After a plain definite noun الرئيس is the adjective 'main', no title.
#[test]
fn case_130() {
    check("وقصفت الطائرات المعقل الرئيس للحوثيين في صعدة.", &[]);
}

/// An opinion (يرى) is no statement.
#[test]
fn case_131() {
    check(
        "ويرى الرئيس الفرنسي إيمانويل ماكرون في الاتفاق فرصة لتعزيز الاستقرار في المنطقة.",
        &["Emmanuel Macron holdsPosition President of France"],
    );
}

/// Fighting alongside: a party after مع is no enemy of تقاتل.
#[test]
fn case_132() {
    check(
        "حيث تقاتل القوات التركية ميليشيات كردية متحالفة مع الولايات المتحدة في شمال سوريا.",
        &[],
    );
}

/// Clashing with: the party after مع is the enemy.
#[test]
fn case_133() {
    check(
        "واشتبكت القوات الحكومية اليمنية مع الحوثيين قرب مدينة الحديدة.",
        &["Government of Yemen atWarWith Houthis"],
    );
}

/// A title with و starts a new conjunct: the name before it is not its holder.
#[test]
fn case_134() {
    check(
        "وحضر المؤتمر الصحفي الملقي ورئيس الديوان الملكي فايز الطراونة.",
        &[],
    );
}

/// البلدان after العديد من, before a feminine adjective, is a plural, not the pair of states.
#[test]
fn case_135() {
    check("في العراق وفي بلدان أخرى أيضا، كان الكثيرون قلقين من وصول إيران إلى العديد من البلدان الأخرى.", &[]);
}

/// A verbal noun with و (وتعيين) opens no name.
#[test]
fn case_136() {
    check(
        "كما تم تعيين سمير مراد وزيرا للعمل، وتعيين أحمد سالم وزير دولة للشؤون القانونية.",
        &[],
    );
}

/// A condemning word with a nisba inside a statement: the speaker criticizes that state.
#[test]
fn case_137() {
    check(
        "وقال وزير الخارجية التركي مولود جاويش أوغلو إن العالم يجب أن يتصدى للعدوان الروسي على المدينة.",
        &[
            "Mevlüt Çavuşoğlu holdsPosition Foreign Minister of Turkey",
            "Mevlüt Çavuşoğlu stated",
            "Mevlüt Çavuşoğlu criticized Russia",
        ],
    );
}

/// A condemning word with its actor after من قبل.
#[test]
fn case_138() {
    check(
        "وأضاف المتحدث باسم الكرملين دميتري بيسكوف أن هذا العمل العدائي من قبل الميليشيا الحوثية يهدد أمن المنطقة كلها.",
        &[
            "Dmitry Peskov holdsPosition Spokesperson of Kremlin",
            "Dmitry Peskov stated",
            "Dmitry Peskov criticized Houthis",
        ],
    );
}

/// The name before a condemning verb, past the nisba that describes it.
#[test]
fn case_139() {
    check(
        "وقال الرئيس الإيراني حسن روحاني إن ميليشيات الحوثي اليمنية تنتهك القانون الدولي باستمرار.",
        &[
            "Hassan Rouhani accused Houthis",
            "Hassan Rouhani holdsPosition President of Iran",
            "Hassan Rouhani stated",
            "Hassan Rouhani criticized Houthis",
        ],
    );
}

/// A condemning word with no actor next to it criticizes nobody.
#[test]
fn case_140() {
    check(
        "وذكرت وكالة رويترز أن الاحتلال استمر عقودا في المنطقة.",
        &["Reuters stated"],
    );
}

/// Outside a statement by a known speaker, no stance.
#[test]
fn case_141() {
    check(
        "ووصف المحلل الهجوم بأنه إرهابي في مقال نشره على موقع الجريدة.",
        &[],
    );
}

/// كان قد + past verb (كان is no ك + أن), with a time phrase before the object.
#[test]
fn case_142() {
    check(
        "وكان الرئيس الأمريكي دونالد ترامب قد وقع قبل أسابيع أمرا تنفيذيا لإبقاء المعتقل مفتوحا.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Donald Trump signed أمرا تنفيذيا لإبقاء المعتقل مفتوحا",
        ],
    );
}

/// A threat against ضد its target.
#[test]
fn case_143() {
    check(
        "وهدد الرئيس الأمريكي دونالد ترامب بفرض عقوبات جديدة ضد إيران.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Donald Trump threatened Iran",
        ],
    );
}

/// A sentence opening with و and a masculine present-tense verb goes on about the person in focus.
#[test]
fn case_144() {
    check(
        "التقى الرئيس الأمريكي دونالد ترامب وزراء التجارة أمس. ويلوح بضربة جديدة ضد الصين.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Donald Trump threatened China",
        ],
    );
}

/// With nobody in focus, a subjectless verb has no subject.
#[test]
fn case_145() {
    check("ويلوح بضربة جديدة ضد الصين.", &[]);
}

/// An agent in apposition closed by a comma, then the object's marker.
#[test]
fn case_146() {
    check(
        "يأتي ذلك بعد يوم من مكالمة العاهل السعودي، الملك سلمان بن عبدالعزيز آل سعود، مع الرئيس التركي رجب طيب أردوغان.",
        &[
            "King Salman holdsPosition King of Saudi Arabia",
            "Recep Tayyip Erdoğan holdsPosition President of Turkey",
            "King Salman spokeWith Recep Tayyip Erdoğan",
        ],
    );
}

/// An attribution opening the sentence: the source said what follows its comma.
#[test]
fn case_147() {
    check(
        "وبحسب وزارة الدفاع الروسية، فإن الطائرات دمرت عشرات المواقع التابعة للمسلحين في ريف حماة.",
        &["Russian Defense Ministry stated"],
    );
}

#[test]
fn case_148() {
    check(
        "وفقا لمنظمة الصحة العالمية، فقد ارتفع عدد الإصابات بالكوليرا في اليمن إلى مليون حالة.",
        &["World Health Organization stated"],
    );
}

#[test]
fn case_149() {
    check(
        "بحسب ما نقلته وكالة رويترز، فإن المفاوضات استؤنفت في جنيف بعد توقف دام أسابيع.",
        &["Reuters stated"],
    );
}

/// The source's nisba before the comma.
#[test]
fn case_150() {
    check(
        "وحسب ما ذكرته صحيفة الغارديان البريطانية، فإن الحكومة تدرس فرض قيود جديدة على الهجرة.",
        &["The Guardian stated"],
    );
}

/// An agreement is no source.
#[test]
fn case_151() {
    check("بحسب الاتفاق، تنسحب القوات من المنطقة خلال شهر.", &[]);
}

/// A document speaks for its author after ل.
#[test]
fn case_152() {
    check(
        "ويقول تقرير جديد لمنظمة العفو الدولية إن آلاف المعتقلين تعرضوا للتعذيب في السجون.",
        &["Amnesty International stated"],
    );
}

/// A source noun with its body as genitive.
#[test]
fn case_153() {
    check(
        "وأكد بيان وزارة الخارجية المصرية أن القاهرة ترفض أي تدخل في شؤون ليبيا الداخلية.",
        &["Egyptian Foreign Ministry stated"],
    );
}

/// جاء في بيان ل X أن: the document's author said it.
#[test]
fn case_154() {
    check(
        "وجاء في بيان لحركة حماس أن الاحتلال يتحمل مسؤولية التصعيد في قطاع غزة.",
        &["Hamas stated"],
    );
}

/// ل after an unnamed official names whom he told, not whom he speaks for.
#[test]
fn case_155() {
    check(
        "وقال مسؤول عسكري لوكالة رويترز إن القوات تقدمت نحو المدينة.",
        &[],
    );
}

/// A relative clause's speech verb with no object pronoun: the name before the relative pronoun speaks.
#[test]
fn case_156() {
    check(
        "والتقى ماكرون المستشارة الألمانية أنغيلا ميركل، التي قالت إن أوروبا يجب أن تعتمد على نفسها.",
        &[
            "Angela Merkel holdsPosition Prime Minister of Germany",
            "Angela Merkel stated",
            "Emmanuel Macron met Angela Merkel",
        ],
    );
}

/// With an object pronoun the relative clause has a subject of its own: Trump says nothing.
#[test]
fn case_157() {
    check(
        "وانتقد الرئيس الفرنسي إيمانويل ماكرون ترمب، الذي يصفه خصومه بأنه متهور في قراراته.",
        &[
            "Emmanuel Macron criticized Donald Trump",
            "Emmanuel Macron holdsPosition President of France",
        ],
    );
}

/// Two quoted words are a statement; a surname after an unknown word is the person the article already named.
#[test]
fn case_158() {
    check(
        "التقى وزير الخارجية الروسي سيرغي لافروف وفدا من المعارضة السورية. وسئل لافروف عن موعد الانتخابات فأجاب: \"ليس الآن\".",
        &[
            "Sergey Lavrov holdsPosition Foreign Minister of Russia",
            "Sergey Lavrov stated",
        ],
    );
}

/// A surname alone after an unknown word may be a namesake; a counterpart with nobody's office to go by names no holder.
#[test]
fn case_159() {
    check("وسئل لافروف عن إمكانية عقد لقاء مع نظيره الأميركي.", &[]);
}

/// The verbal noun قول with its speaker as genitive.
#[test]
fn case_160() {
    check(
        "وأعرب رئيس الوزراء العراقي حيدر العبادي عن أمله في نجاح الحوار، وذلك بعد أيام من قول الرئيس الإيراني حسن روحاني إن طهران مستعدة للوساطة.",
        &[
            "Haider al-Abadi holdsPosition Prime Minister of Iraq",
            "Haider al-Abadi stated",
            "Hassan Rouhani holdsPosition President of Iran",
            "Hassan Rouhani stated",
        ],
    );
}

/// القول with the article has no speaker.
#[test]
fn case_161() {
    check("وأكد أن القول إن المفاوضات فشلت غير دقيق على الإطلاق.", &[]);
}

/// A condemning word in quotes right after the actor.
#[test]
fn case_162() {
    check(
        "ووصف وزير الخارجية الإيراني محمد جواد ظريف قادة إسرائيل \"بالمجرمين\" في تغريدة على تويتر.",
        &[
            "Mohammad Javad Zarif holdsPosition Foreign Minister of Iran",
            "Mohammad Javad Zarif stated",
            "Mohammad Javad Zarif criticized Israel",
        ],
    );
}

/// The owner of the targets hit is attacked too.
#[test]
fn case_163() {
    check(
        "قصفت الطائرات الإسرائيلية مواقع لحزب الله في جنوب لبنان.",
        &["Israel attacked Hezbollah", "Israel attacked South Lebanon"],
    );
}

/// A target's owner as its genitive.
#[test]
fn case_164() {
    check(
        "وشنت المقاتلات التركية غارات على مواقع حزب العمال الكردستاني في شمال العراق.",
        &[
            "Turkey attacked Kurdistan Workers' Party",
            "Turkey attacked Iraq",
        ],
    );
}

/// A target's owner as its nisba.
#[test]
fn case_165() {
    check(
        "وشنت طائرات روسية غارات على أهداف إيرانية في سوريا.",
        &["Russia attacked Iran", "Russia attacked Syria"],
    );
}

/// The genitive of the act's own noun is the verb's subject; تابعة ل names the owner.
#[test]
fn case_166() {
    check(
        "واستهدفت غارات التحالف العربي مواقع تابعة للحوثيين في محافظة صعدة.",
        &[
            "Saudi-led coalition attacked Houthis",
            "Saudi-led coalition attacked Saada",
        ],
    );
}

/// ل after an act noun with its agent marks the target; a nisba of one act noun is not the agent of the next.
#[test]
fn case_167() {
    check(
        "وجاءت الضربة الأميركية البريطانية لسوريا بعد أسبوع من الهجوم الكيميائي على دوما.",
        &[
            "United States attacked Syria",
            "United Kingdom attacked Syria",
        ],
    );
}

/// ل after an act noun names its agents when the target's marker follows.
#[test]
fn case_168() {
    check(
        "وأكدت مصادر عسكرية أن الهجوم الأخير للولايات المتحدة وبريطانيا على مواقع للجيش السوري دمر مخازن أسلحة.",
        &[
            "United States attacked Syrian Armed Forces",
            "United Kingdom attacked Syrian Armed Forces",
        ],
    );
}

/// A verbal noun in the accusative (هجوما) is the noun's trigger.
#[test]
fn case_169() {
    check(
        "وشنت القوات الروسية هجوما على إدلب.",
        &["Russian Armed Forces attacked Idlib"],
    );
}

/// A target noun outside an attack names no one attacked.
#[test]
fn case_170() {
    check("وزار وفد من الأمم المتحدة مواقع لحزب الله في الجنوب.", &[]);
}

/// A deputy prime minister is a minister, not the vice-president.
#[test]
fn case_171() {
    check(
        "والتقى نائب رئيس الوزراء الصيني هان تشنغ وزير الخارجية الروسي سيرغي لافروف في بكين.",
        &[
            "Han Zheng holdsPosition Minister of China",
            "Sergey Lavrov holdsPosition Foreign Minister of Russia",
            "Han Zheng met Sergey Lavrov",
        ],
    );
}

/// An opening attribution before a speech verb of its own: the words are that verb's speaker's, not the agency's.
#[test]
fn case_172() {
    check(
        "وحسب رويترز، قال وسط تصفيق أنصاره: \"لن أتراجع أبدا عن مواقفي\".",
        &[],
    );
}

/// A target noun after a speech verb is an unknown subject, not the last speaker.
#[test]
fn case_173() {
    check(
        "وقال موقع الجيش اليمني إن غارات مكثفة استهدفت مواقع وآليات للحوثيين في المنطقة.",
        &[],
    );
}

/// A subject set off by a long relative clause between commas keeps its object after the clause.
#[test]
fn case_174() {
    check(
        "وحمّل رئيس الوزراء العراقي، الذي يواجه ضغوطا متزايدة من الأحزاب الشيعية قبل الانتخابات البرلمانية المقبلة، تنظيم الدولة الإسلامية مسؤولية التفجير.",
        &[
            "Mohammed Shia al-Sudani accused Islamic State",
        ],
    );
}

/// A subject in apposition before قد and its verb: the verb is his (the talks are no agreement, so no withdrewFrom).
#[test]
fn case_175() {
    check(
        "وكان وزير الخارجية الأمريكي، مايك بومبيو، قد انسحب من المحادثات مع كوريا الشمالية.",
        &["Mike Pompeo holdsPosition Foreign Minister of United States"],
    );
}

/// A subject set off by commas before قد and its verb.
#[test]
fn case_176() {
    check(
        "وكانت الولايات المتحدة، بقيادة الرئيس دونالد ترامب، قد انسحبت من اتفاقية باريس للمناخ.",
        &[
            "Donald Trump holdsPosition President of United States",
            "United States withdrewFrom Paris Agreement",
        ],
    );
}

/// A body's bare head noun as the subject right before a name: the name is the object, not part of another body.
#[test]
fn case_177() {
    check(
        "واتهمت منظمة العفو الدولية الحكومة السورية بتعذيب المعتقلين. وقالت المنظمة إن آلاف المعتقلين قضوا في السجون. واتهمت المنظمة الحوثيين أيضا بتجنيد الأطفال.",
        &[
            "Amnesty International accused Syria",
            "Amnesty International stated",
            "Amnesty International accused Houthis",
        ],
    );
}

/// War between parties named through plain nouns (القوات الحكومية العراقية، مسلحي التنظيم), the second after a repeated وبين.
#[test]
fn case_178() {
    check(
        "ويأتي ذلك بعد سنوات من الصراع المسلح بين القوات الحكومية العراقية، المدعومة من الولايات المتحدة، وبين مسلحي تنظيم الدولة الإسلامية.",
        &[
            "United States supported Iraq",
            "Iraq atWarWith Islamic State",
        ],
    );
}

/// Firing missiles towards a state's territory is an attack on it.
#[test]
fn case_179() {
    check(
        "وتواصل حركة الجهاد الإسلامي إطلاق صواريخ باتجاه الأراضي الإسرائيلية.",
        &["Palestinian Islamic Jihad attacked Israel"],
    );
}

/// A launch verb with a missile word: the place after على is attacked.
#[test]
fn case_180() {
    check(
        "وأطلق حزب الله عشرات القذائف على بلدة كريات شمونة.",
        &["Hezbollah attacked Kiryat Shmona"],
    );
}

/// A launch verb without missiles (releasing prisoners) is no attack.
#[test]
fn case_181() {
    check(
        "وأطلقت السلطات الإيرانية سراح ناشطين على خلفية الاحتجاجات.",
        &[],
    );
}

/// Blaming (لام) is criticism.
#[test]
fn case_182() {
    check(
        "ولامت الصين الولايات المتحدة على تصعيد التوتر في بحر الصين الجنوبي.",
        &["China criticized United States"],
    );
}

/// A guest met in the host's capital is on a visit there; the host is not.
#[test]
fn case_183() {
    check(
        "وقال وزير الخارجية الفرنسي عقب لقائه نظيره الياباني في باريس إن البلدين يتفقان على ضرورة التهدئة.",
        &[
            "Toshimitsu Motegi holdsPosition Foreign Minister of Japan",
            "Jean-Noël Barrot stated",
            "Jean-Noël Barrot met Toshimitsu Motegi",
            "Toshimitsu Motegi visited Paris",
        ],
    );
}

/// A place named after the topic of talks is what they talked about, not where they met.
#[test]
fn case_184() {
    check(
        "والتقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان لبحث الوضع في إدلب.",
        &[
            "Vladimir Putin holdsPosition President of Russia",
            "Recep Tayyip Erdoğan holdsPosition President of Turkey",
            "Vladimir Putin met Recep Tayyip Erdoğan",
        ],
    );
}

/// A verb right after an indefinite noun describes that noun (a missile that was fired): the name before is not its subject.
#[test]
fn case_185() {
    check(
        "ونشرت روسيا صورا لحطام صاروخ أطلق من الأراضي الأوكرانية باتجاه مدينة بيلغورود.",
        &[],
    );
}

/// Missiles intercepted on their way are no attack on the place.
#[test]
fn case_186() {
    check(
        "وأعلنت وزارة الدفاع السعودية اعتراض صاروخين أطلقهما الحوثيون باتجاه مدينة جازان.",
        &["Saudi Defense Ministry stated"],
    );
}

/// كما (also) before a speech verb is no negation: the dropped subject is the last speaker.
#[test]
fn case_187() {
    check(
        "قال وزير الخارجية الهندي إن المحادثات كانت مثمرة. كما أكد أن بلاده ستواصل التعاون مع اليابان في مجال الطاقة.",
        &[
            "S. Jaishankar stated",
        ],
    );
}

/// كما before a verb is 'also', not the negator ما with a prefix.
#[test]
fn case_188() {
    check(
        "كما زار الرئيس الفرنسي مدينة مرسيليا لتفقد مشاريع الإسكان.",
        &[
            "Emmanuel Macron holdsPosition President of France",
            "Emmanuel Macron visited Marseille",
        ],
    );
}

/// A threat noun whose ل-phrase is followed by the act threatened (ب): the ل-phrase is who threatens, the subject of the condition is who is threatened; غداة (the day after) is past, not 'tomorrow'.
#[test]
fn case_189() {
    check(
        "وجاء ذلك غداة تهديد للرئيس الإيراني باللجوء إلى القوة إذا لم تنسحب القوات الأمريكية من الخليج.",
        &[
            "Masoud Pezeshkian holdsPosition President of Iran",
            "Masoud Pezeshkian threatened U.S. Armed Forces",
        ],
    );
}

/// إن لم (if not) opens a condition, not reported words: its subject is the one threatened.
#[test]
fn case_190() {
    check(
        "وتوعدت حركة حماس برد قاس إن لم توقف إسرائيل عملياتها في جنين.",
        &["Hamas threatened Israel"],
    );
}

/// ما لم (unless): the subject of the condition is threatened.
#[test]
fn case_191() {
    check(
        "وهدد الاتحاد الأوروبي بفرض رسوم جمركية إضافية ما لم تتراجع الصين عن قرارها.",
        &["European Union threatened China"],
    );
}

/// بدعم من on a whole clause: the one backed is the subject the sentence opens with.
#[test]
fn case_192() {
    check(
        "وسيطرت قوات سوريا الديمقراطية على مدينة الطبقة، وتمكنت من طرد التنظيم منها بدعم من التحالف الدولي.",
        &[
            "Global Coalition against Daesh supported Syrian Democratic Forces",
        ],
    );
}

/// A prepositional aside between commas after the subject: the object follows it.
#[test]
fn case_193() {
    check(
        "وتخوض القوات الأوكرانية، بدعم من حلف شمال الأطلسي، معارك ضد روسيا في منطقة دونباس.",
        &[
            "NATO supported Ukrainian Armed Forces",
            "Ukraine atWarWith Russia",
        ],
    );
}

/// Targets of one owner 'or others' of another: both owners are attacked.
#[test]
fn case_194() {
    check(
        "وقصفت الطائرات التركية مرارا مواقع لحزب العمال الكردستاني أو أخرى لوحدات حماية الشعب في شمال العراق.",
        &[
            "Turkey attacked Kurdistan Workers' Party",
            "Turkey attacked People's Protection Units",
        ],
    );
}

/// Targets 'used by' a group (مخازن يستخدمها X): X is attacked.
#[test]
fn case_195() {
    check(
        "ودمرت المقاتلات الفرنسية مخازن يستخدمها تنظيم القاعدة في شمال مالي.",
        &["France attacked al-Qaeda"],
    );
}

/// An ally's partner shares the war named after it (and the ally, the subject the
/// sentence opens with, past its relative aside, fights it).
#[test]
fn case_196() {
    check(
        "وكانت كندا، التي أرسلت مدربين عسكريين إلى العراق، حليفا للولايات المتحدة في الحرب على تنظيم الدولة الإسلامية.",
        &[
            "Canada atWarWith Islamic State",
            "United States atWarWith Islamic State",
        ],
    );
}

/// Praising another's decision endorses its maker (the decision's genitive).
#[test]
fn case_197() {
    check(
        "وامتدحت تركيا قرار الرئيس الأمريكي سحب القوات من سوريا.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Turkey supported Donald Trump",
        ],
    );
}

/// أثنى على: praise.
#[test]
fn case_198() {
    check(
        "وأثنت فرنسا على موقف ألمانيا من أزمة اللاجئين.",
        &["France supported Germany"],
    );
}

/// A document with its author's genitive is the subject of a verb after it (the author acts).
#[test]
fn case_199() {
    check(
        "ولام تقرير الأمم المتحدة، الذي صدر الأحد، الحكومة الإثيوبية على منع وصول المساعدات.",
        &["United Nations criticized Ethiopia"],
    );
}

/// A report named with its author's genitive accuses for its author.
#[test]
fn case_200() {
    check(
        "واتهم تقرير منظمة هيومن رايتس ووتش الحكومة المصرية بتعذيب المعتقلين.",
        &["Human Rights Watch accused Egypt"],
    );
}

/// A described event's head (حفل) after a title is no name of the title holder.
#[test]
fn case_201() {
    check("وقال الكاتب إن رئيس الوزراء حضر حفل زفاف في الدوحة.", &[]);
}

/// A hyphen written tight inside a name (جان-إيف) joins its words.
#[test]
fn case_202() {
    check(
        "وقال وزير الخارجية الفرنسي، جان-إيف لودريان، الأربعاء، إن الاتفاق النووي يجب أن يبقى قائما.",
        &[
            "Jean-Yves Le Drian holdsPosition Foreign Minister of France",
            "Jean-Yves Le Drian stated",
        ],
    );
}

/// In confrontation with (في مواجهة) on a clause: its subject fights them.
#[test]
fn case_203() {
    check(
        "وبدأت الإمارات عملياتها العسكرية في اليمن في العام 2015 دعما للحكومة الشرعية وفي مواجهة الحوثيين.",
        &[
            "United Arab Emirates atWarWith Houthis",
        ],
    );
}

/// Defeating (دحر) a group is fighting it.
#[test]
fn case_204() {
    check(
        "ودحرت وحدات حماية الشعب تنظيم الدولة الإسلامية من آخر معاقله في شرق سوريا.",
        &["People's Protection Units atWarWith Islamic State"],
    );
}

/// A call to confront is no fight.
#[test]
fn case_205() {
    check(
        "ويدعو المتظاهرون الحكومة العراقية إلى مواجهة الميليشيات الإيرانية.",
        &[],
    );
}

/// An act called for (دعا … إلى + its noun) is not done; the attack it names is.
#[test]
fn case_206() {
    check(
        "ويدعو المتظاهرون الحكومة السورية إلى مواجهة الهجوم التركي على عفرين.",
        &["Turkey attacked Afrin"],
    );
}

/// Forces named by their genitive act for it (قوات حزب X), past a passive aside.
#[test]
fn case_207() {
    check(
        "ودحرت قوات حزب العمال الكردستاني مدعومة من مسلحين محليين الجيش التركي في منطقة جبلية.",
        &["Kurdistan Workers' Party atWarWith Turkish Armed Forces"],
    );
}

/// Forces affiliated to someone (التابعة ل) act for them.
#[test]
fn case_208() {
    check(
        "وقصفت الميليشيات التابعة لإيران قاعدة عين الأسد في العراق.",
        &["Iran attacked Iraq"],
    );
}

/// Describing what someone said with words of disapproval criticizes them.
#[test]
fn case_209() {
    check(
        "ووصف وزير الخارجية التركي، مولود جاويش أوغلو، تصريحات ماكرون بشأن ليبيا بأنها \"غير مسؤولة\" وتعتمد على \"أوهام\".",
        &[
            "Mevlüt Çavuşoğlu holdsPosition Foreign Minister of Turkey",
            "Mevlüt Çavuşoğlu stated",
            "Mevlüt Çavuşoğlu criticized Emmanuel Macron",
        ],
    );
}

/// Describing another's decision as provocative criticizes its maker.
#[test]
fn case_210() {
    check(
        "ووصفت الصين قرار الولايات المتحدة بأنه استفزازي وخطير.",
        &["China stated", "China criticized United States"],
    );
}

/// A description without disapproval criticizes no one.
#[test]
fn case_211() {
    check(
        "ووصف الرئيس الروسي المحادثات مع الرئيس التركي بأنها بناءة ومثمرة.",
        &[
            "Vladimir Putin holdsPosition President of Russia",
            "Recep Tayyip Erdoğan holdsPosition President of Turkey",
            "Vladimir Putin stated",
        ],
    );
}

/// The description ends at its clause (the pride says nothing of anyone); the condemning word later is about the possessor of the act it qualifies (عدوانه → the Iranian enemy).
#[test]
fn case_212() {
    check(
        "ووصف وزير الدفاع الإسرائيلي أداء الجيش الإسرائيلي بأنه \"مصدر فخر\"، مضيفا أن العدو الإيراني يواصل عدوانه المشؤوم.",
        &[
            "Israel Katz criticized Iran",
            "Israel Katz stated",
        ],
    );
}

/// A passive participle right after a verb's subject describes that subject (مدعومة من).
#[test]
fn case_213() {
    check(
        "وهزمت القوات العراقية مدعومة من الولايات المتحدة تنظيم الدولة الإسلامية في الموصل.",
        &[
            "United States supported Iraqi Armed Forces",
            "Iraq atWarWith Islamic State",
        ],
    );
}

/// Criticism met with (قوبل بالانتقاد): the critics listed after ومنها, the one criticized named before.
#[test]
fn case_214() {
    check(
        "وأيدت كندا قرار الرئيس الأمريكي، لكنه قوبل بالانتقاد من قبل دول أخرى، ومنها الصين، وروسيا.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Canada supported Donald Trump",
            "China criticized Donald Trump",
            "Russia criticized Donald Trump",
        ],
    );
}

/// Criticism undergone (تعرض لانتقادات من X): the subject after the verb is criticized.
#[test]
fn case_215() {
    check(
        "وتعرضت الحكومة المجرية لانتقادات حادة من الاتحاد الأوروبي بسبب قانون الإعلام.",
        &["European Union criticized Hungary"],
    );
}

/// Criticism with no critic named gives no fact.
#[test]
fn case_216() {
    check("وتعرض الوزير لانتقادات بعد تصريحاته.", &[]);
}

/// A condemning word on a possessed act (انقلابهم المشؤوم): the possessor, the last actor named before, is criticized.
#[test]
fn case_217() {
    check(
        "وقال وزير الخارجية السعودي إن الحوثيين يواصلون انقلابهم المشؤوم على الدولة اليمنية.",
        &[
            "Faisal bin Farhan stated",
            "Faisal bin Farhan criticized Houthis",
        ],
    );
}

/// A condemning word after a verb names no actor.
#[test]
fn case_218() {
    check(
        "وقال الرئيس التركي إن شعبه سيواجه الاحتلال بكل قوة في كل مكان.",
        &[
            "Recep Tayyip Erdoğan holdsPosition President of Turkey",
            "Recep Tayyip Erdoğan stated",
        ],
    );
}

/// A backing phrase after the subject is skipped: the backer is no object of the verb, and forces with a nisba after من stand for their state.
#[test]
fn case_219() {
    check(
        "وتقاتل إثيوبيا بدعم من قوات إريترية المتمردين في تيغراي.",
        &["Eritrea supported Ethiopia"],
    );
}

/// Aircraft with a nisba after بدعم من: their state backs the clause's subject.
#[test]
fn case_220() {
    check(
        "وسيطرت إثيوبيا على المدينة بدعم من طائرات روسية.",
        &["Russia supported Ethiopia"],
    );
}

/// بدعم after a preposition letter is the noun, never the verb دعم: no 'Ethiopia supported Eritrea'.
#[test]
fn case_221() {
    check(
        "وتخوض إثيوبيا، بدعم من إريتريا، مواجهات مع المتمردين في تيغراي.",
        &["Eritrea supported Ethiopia"],
    );
}

/// The attendance of someone at an unnamed event, the event as a direct object of حضور.
#[test]
fn case_222() {
    check(
        "وانتقد البرلمان حضور وزير الخارجية الإيراني حفل تنصيب الرئيس الجديد.",
        &["Abbas Araghchi attended حفل تنصيب"],
    );
}

/// A direct object after an agent in apposition; the unnamed event stops before the indefinite accusative.
#[test]
fn case_223() {
    check(
        "وأثار حضور رئيس الوزراء الإسباني، بيدرو سانشيز، مؤتمر الحزب جدلا واسعا.",
        &[
            "Pedro Sánchez holdsPosition Prime Minister of Spain",
            "Pedro Sánchez attended مؤتمر الحزب",
        ],
    );
}

/// An unnamed event attended, after the verb حضر.
#[test]
fn case_224() {
    check(
        "وحضر الرئيس الصيني شي جين بينغ حفل افتتاح دورة الألعاب الأولمبية.",
        &[
            "Xi Jinping holdsPosition President of China",
            "Xi Jinping attended حفل افتتاح دورة",
        ],
    );
}

/// بحضور: whoever is named after it attended the clause's event.
#[test]
fn case_225() {
    check(
        "وافتتح المؤتمر أعماله السبت بحضور الرئيس الفرنسي إيمانويل ماكرون.",
        &[
            "Emmanuel Macron holdsPosition President of France",
            "Emmanuel Macron attended المؤتمر",
        ],
    );
}

/// بحضور a guest of honour, named after هو.
#[test]
fn case_226() {
    check(
        "وأقيم الحفل في القاهرة بحضور ضيف شرف هو الرئيس التونسي قيس سعيد.",
        &[
            "Kais Saied holdsPosition President of Tunisia",
            "Kais Saied attended الحفل",
        ],
    );
}

/// بحضور with no event in the clause gives no attendance.
#[test]
fn case_227() {
    check(
        "والتقى الرئيس بالوزير بحضور السفير الأميركي.",
        &["Tom Barrack holdsPosition Envoy of United States"],
    );
}

/// A verbal noun after a preposition (بتفسير، لإبداء) opens no unknown name after a title, and بشأن ends one.
#[test]
fn case_228() {
    check("وطالب النائب بتفسير بشأن حضور الوزير الحفل.", &[]);
}

/// A person after بزعامة leads the party named before it.
#[test]
fn case_229() {
    check(
        "وفاز حزب العدالة والتنمية بزعامة رجب طيب أردوغان في الانتخابات.",
        &["Recep Tayyip Erdoğan holdsPosition Leader of Justice and Development Party (Turkey)"],
    );
}

/// برئاسة: the person after it heads the party.
#[test]
fn case_230() {
    check(
        "وحقق حزب الليكود برئاسة بنيامين نتنياهو تقدما في الانتخابات.",
        &["Benjamin Netanyahu holdsPosition Leader of Likud"],
    );
}

/// A state after بقيادة leads a coalition and holds no office.
#[test]
fn case_231() {
    check("وتقدمت قوات التحالف بقيادة السعودية نحو المدينة.", &[]);
}

/// A person sent somewhere (verb, then sender, then the one sent) visits it and meets whom للقاء names.
#[test]
fn case_232() {
    check(
        "وأرسل الرئيس الأميركي وزير خارجيته أنتوني بلينكن إلى الصين الشهر الماضي للقاء الرئيس شي جين بينغ.",
        &[
            "Antony Blinken holdsPosition Foreign Minister of United States",
            "Xi Jinping holdsPosition President of China",
            "Donald Trump holdsPosition President of United States",
            "Antony Blinken visited China",
            "Antony Blinken met Xi Jinping",
        ],
    );
}

/// The sender before the verb: the first person after it is the one sent, past an aside.
#[test]
fn case_233() {
    check(
        "وكان الرئيس جو بايدن أرسل أنتوني بلينكن، قبل توليه المنصب رسميا، إلى الصين للقاء زعيمها شي جين بينغ.",
        &[
            "Joe Biden holdsPosition President of United States",
            "Xi Jinping holdsPosition Leader of Communist Party of China",
            "Antony Blinken visited China",
            "Antony Blinken met Xi Jinping",
        ],
    );
}

/// A letter sent names no one sent: no visit.
#[test]
fn case_234() {
    check(
        "وأرسل الرئيس الفرنسي رسالة إلى نظيره الروسي فلاديمير بوتين.",
        &[
            "Vladimir Putin holdsPosition President of Russia",
            "Emmanuel Macron holdsPosition President of France",
        ],
    );
}

/// Troops sent: no person visits.
#[test]
fn case_235() {
    check("وأرسلت روسيا قوات إلى سوريا عام 2015.", &[]);
}

/// ترأس folds to تراس: the verb is no mention of Liz Truss (only her full name is).
#[test]
fn case_236() {
    check("وترأس وزير الخارجية البريطاني اجتماعا في لندن.", &[]);
}

/// Neither ترأس (Truss) nor المالية (the city Malé) is a name.
#[test]
fn case_237() {
    check(
        "ترأس الرئيس اجتماع الحكومة الذي ناقش الأزمة المالية في العراق.",
        &[],
    );
}

/// An official inspecting a site in a city is there.
#[test]
fn case_238() {
    check(
        "وتفقد الرئيس المصري عبد الفتاح السيسي مستشفى جديدا في القاهرة.",
        &[
            "Abdel Fattah el-Sisi holdsPosition President of Egypt",
            "Abdel Fattah el-Sisi visited Cairo",
        ],
    );
}

/// The noun of inspection with its possessor: the speaker is at the place.
#[test]
fn case_239() {
    check(
        "وقال وزير الصحة المصري خالد عبد الغفار، خلال تفقده المستشفى الجديد بالقاهرة، إن الخدمات تحسنت.",
        &[
            "خالد عبد الغفار holdsPosition Minister of Egypt",
            "خالد عبد الغفار stated",
            "خالد عبد الغفار visited Cairo",
        ],
    );
}

/// Inside what a speaker said, actors who did wrong (a coordinated group before a verb of wrongdoing) are accused.
#[test]
fn case_240() {
    check(
        "وقالت وزارة الخارجية البريطانية إن الجيش الروسي والاستخبارات الروسية تدخلا في الانتخابات.",
        &[
            "UK Foreign Office stated",
            "UK Foreign Office accused Russia",
        ],
    );
}

/// Committing (ارتكب) is a wrongdoing: the speaker accuses its doer.
#[test]
fn case_241() {
    check(
        "وقال الرئيس الأوكراني فولوديمير زيلينسكي إن روسيا ارتكبت جرائم حرب في بوتشا.",
        &[
            "Volodymyr Zelensky holdsPosition President of Ukraine",
            "Volodymyr Zelensky stated",
            "Volodymyr Zelensky accused Russia",
        ],
    );
}

/// A denied wrongdoing accuses no one (and a state does not accuse itself).
#[test]
fn case_242() {
    check(
        "وقالت موسكو إن روسيا لم تتدخل في الانتخابات الأميركية.",
        &["Russia stated"],
    );
}

/// A negated wrongdoing accuses no one.
#[test]
fn case_243() {
    check(
        "وقالت الخارجية الروسية إن الولايات المتحدة لا تتدخل في شؤون الدول الأخرى.",
        &["Russian Foreign Ministry stated"],
    );
}

/// A sentence that ends right after a verb's subject (no object, no full stop) is read without fault.
#[test]
fn case_244() {
    check("وتقاتل إثيوبيا", &[]);
}

/// An agreement concluded with a party (المبرم مع): the party signed it.
#[test]
fn case_245() {
    check(
        "وتعمل واشنطن مع باريس لجعل الاتفاق النووي المبرم مع إيران عام 2015 أكثر صرامة.",
        &[
            "United States cooperatesWith France",
            "Iran signed Joint Comprehensive Plan of Action",
        ],
    );
}

/// The signatories listed after ومنها each signed the agreement named after الموقعة على.
#[test]
fn case_246() {
    check(
        "وانتقدت الدول الأخرى الموقعة على اتفاق باريس للمناخ، ومنها فرنسا وألمانيا، انسحاب واشنطن.",
        &[
            "France signed Paris Agreement",
            "Germany signed Paris Agreement",
        ],
    );
}

/// الموقعة عليه: the pronoun is the agreement named before in the sentence.
#[test]
fn case_247() {
    check(
        "وأعلن ترامب انسحابه من الاتفاق النووي، لكن الدول الأخرى الموقعة عليه، ومنها فرنسا، وألمانيا، وبريطانيا، تمسكت به.",
        &[
            "Donald Trump stated",
            "Donald Trump withdrewFrom Joint Comprehensive Plan of Action",
            "France signed Joint Comprehensive Plan of Action",
            "Germany signed Joint Comprehensive Plan of Action",
            "United Kingdom signed Joint Comprehensive Plan of Action",
        ],
    );
}

/// A bare الاتفاق later in the article is the agreement it named last.
#[test]
fn case_248() {
    check(
        "وانسحبت الولايات المتحدة من اتفاق باريس للمناخ. وانسحبت البرازيل من الاتفاق أيضا.",
        &[
            "United States withdrewFrom Paris Agreement",
            "Brazil withdrewFrom Paris Agreement",
        ],
    );
}

/// A punishment in the future on a condition, inside what a speaker said, is a threat against its target.
#[test]
fn case_249() {
    check(
        "وقال الرئيس الروسي فلاديمير بوتين إن روسيا ستضرب أوكرانيا بقوة إذا لم تنسحب من المنطقة.",
        &[
            "Vladimir Putin holdsPosition President of Russia",
            "Vladimir Putin stated",
            "Vladimir Putin threatened Ukraine",
        ],
    );
}

/// Sanctions imposed on someone (على) in the future, if they do not comply: a threat.
#[test]
fn case_250() {
    check(
        "وقال وزير الخارجية الأميركي ماركو روبيو إن واشنطن ستفرض على كوريا الشمالية عقوبات أشد إن لم توقف تجاربها الصاروخية.",
        &[
            "Marco Rubio holdsPosition Foreign Minister of United States",
            "Marco Rubio stated",
            "Marco Rubio threatened North Korea",
        ],
    );
}

/// A future punishment with no condition is announced, not threatened.
#[test]
fn case_251() {
    check(
        "وقال الوزير الفرنسي جان نويل بارو إن بلاده ستفرض عقوبات على إيران الشهر المقبل.",
        &[
            "Jean-Noël Barrot holdsPosition Minister of France",
            "Jean-Noël Barrot stated",
        ],
    );
}

/// Forces named after a body, after من, stand for the body.
#[test]
fn case_252() {
    check(
        "وتقدم الجيش الوطني اليمني بدعم من قوات التحالف العربي نحو الحديدة.",
        &["Saudi-led coalition supported Government of Yemen"],
    );
}

/// A bare body head (التحالف) refers to the body named earlier in the same sentence.
#[test]
fn case_253() {
    check(
        "وقال المتحدث باسم التحالف العربي تركي المالكي إن الجيش الوطني اليمني بدعم من قوات التحالف بات قريبا من المدينة.",
        &[
            "Turki al-Maliki holdsPosition Spokesperson of Saudi-led coalition",
            "Turki al-Maliki stated",
            "Saudi-led coalition supported Government of Yemen",
        ],
    );
}

/// A name that begins with forces (قوات سوريا الديمقراطية) stays that name.
#[test]
fn case_254() {
    check(
        "واشتبك الجيش السوري مع قوات سوريا الديمقراطية في دير الزور.",
        &["Syria atWarWith Syrian Democratic Forces"],
    );
}

/// The agent in a relative clause after an act noun may be forces named after their body (وجهتها قوات التحالف).
#[test]
fn case_255() {
    check(
        "وكشف المتحدث باسم التحالف العربي تفاصيل الضربات التي وجهتها قوات التحالف ضد ميليشيات الحوثيين خلال الساعات الماضية.",
        &[
            "Turki al-Maliki holdsPosition Spokesperson of Saudi-led coalition",
            "Turki al-Maliki stated",
            "Saudi-led coalition attacked Houthis",
        ],
    );
}

/// Targets of another owner after أو أخرى, the owner in quotes.
#[test]
fn case_256() {
    check(
        "وقصفت إسرائيل مرارا أهدافا عسكرية للجيش السوري أو أخرى \"لحزب الله\" في سوريا.",
        &[
            "Israel attacked Syrian Armed Forces",
            "Israel attacked Hezbollah",
        ],
    );
}

/// An attendance hoped for (عن أمله في حضور) is not asserted.
#[test]
fn case_257() {
    check(
        "وأعرب رئيس الوزراء الإسرائيلي بنيامين نتنياهو عن أمله في حضور الرئيس الأميركي دونالد ترامب حفل تدشين السفارة.",
        &[
            "Benjamin Netanyahu holdsPosition Prime Minister of Israel",
            "Donald Trump holdsPosition President of United States",
            "Benjamin Netanyahu stated",
        ],
    );
}

/// A team from a body (فريق … من X) before the verb acts for the body.
#[test]
fn case_258() {
    check(
        "وقال المندوب إن فريقا أمنيا من الأمم المتحدة زار مدينة حلب الثلاثاء.",
        &["United Nations visited Aleppo"],
    );
}

/// A delegation from a body after the verb is its subject.
#[test]
fn case_259() {
    check(
        "وزار وفد من الاتحاد الأوروبي العاصمة الليبية طرابلس.",
        &["European Union visited Libya"],
    );
}

/// A body after من with no team noun is no subject.
#[test]
fn case_260() {
    check("وعاد الوزير من الأمم المتحدة وزار القاهرة.", &[]);
}

/// Forces owned by a pronoun, as the antecedent of a relative clause, act for the sentence's subject.
#[test]
fn case_261() {
    check(
        "ونشرت إيران مستشارين عسكريين لقواتها التي تدعم الحوثيين في اليمن.",
        &["Iran supported Houthis"],
    );
}

/// A named antecedent set off by a comma is the relative verb's subject.
#[test]
fn case_262() {
    check(
        "وانتقد الوزير إيران، التي تدعم الحوثيين في اليمن.",
        &["Iran supported Houthis"],
    );
}

/// An unnamed antecedent gives no subject; the name after the relative verb is its object, never its subject.
#[test]
fn case_263() {
    check(
        "وتعهدت الدول التي تدعم المعارضة السورية بزيادة المساعدات.",
        &[],
    );
}

/// A nisba antecedent right before the relative pronoun is the subject.
#[test]
fn case_264() {
    check(
        "وتقاتل القوات الروسية التي تدعم الأسد في إدلب.",
        &["Russian Armed Forces supported Bashar al-Assad"],
    );
}

/// A head noun with an epithet (المنظمة الدولية) refers to the body named before, here known by its longer name منظمة الأمم المتحدة.
#[test]
fn case_265() {
    check(
        "وقال مسؤول في الأمم المتحدة إن فريقا من المنظمة الدولية زار مدينة حلب.",
        &["United Nations stated", "United Nations visited Aleppo"],
    );
}

/// The epithet reference reaches back to an earlier sentence.
#[test]
fn case_266() {
    check(
        "وأعلنت الأمم المتحدة وقف المساعدات. وقالت المنظمة الدولية إن الوضع في اليمن خطير للغاية.",
        &["United Nations stated"],
    );
}

/// The most recent body with the head noun is the one referred to.
#[test]
fn case_267() {
    check(
        "وانتقدت منظمة العفو الدولية الحكومة المصرية. واتهمت المنظمة الدولية الحكومة الإثيوبية بقتل المدنيين.",
        &[
            "Amnesty International criticized Egypt",
            "Amnesty International accused Ethiopia",
        ],
    );
}

/// A body named by its short name is known by the head noun of its full name (حركة المقاومة الإسلامية).
#[test]
fn case_268() {
    check(
        "وأطلقت حماس صواريخ على إسرائيل. وقالت الحركة إنها سترد على أي هجوم إسرائيلي.",
        &["Hamas attacked Israel", "Hamas stated"],
    );
}

/// A head noun that opens another body's name is that body.
#[test]
fn case_269() {
    check(
        "وأعلنت الأمم المتحدة وقف المساعدات. وقالت المنظمة الدولية للهجرة إن آلاف المهاجرين عالقون في ليبيا.",
        &[
            "International Organization for Migration stated",
        ],
    );
}

/// A visit in a phrase of time on the clause (خلال جولة) is made by the person the clause is about.
#[test]
fn case_270() {
    check(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان، خلال جولة تفقدية في ميناء بيروت، إن الإعمار سيستغرق سنوات.",
        &[
            "Jean-Yves Le Drian holdsPosition Foreign Minister of France",
            "Jean-Yves Le Drian stated",
            "Jean-Yves Le Drian visited Beirut",
        ],
    );
}

/// One indefinite noun may stand between خلال and the visit noun (خلال عملية تفقد).
#[test]
fn case_271() {
    check(
        "وقال اللواء سامي الحربي، خلال عملية تفقد صالات الركاب بمطار الملك خالد بالرياض، إن الإجراءات مشددة.",
        &[
            "سامي الحربي stated",
            "سامي الحربي visited Riyadh",
        ],
    );
}

/// A visit noun with its own agent after it is that agent's, not the speaker's.
#[test]
fn case_272() {
    check(
        "وأكد الرئيس الفرنسي إيمانويل ماكرون أثناء زيارة الرئيس اللبناني ميشال عون إلى باريس أن فرنسا تدعم لبنان.",
        &[
            "Emmanuel Macron holdsPosition President of France",
            "Michel Aoun holdsPosition President of Lebanon",
            "Emmanuel Macron stated",
            "Michel Aoun visited Paris",
            "France supported Lebanon",
        ],
    );
}

/// No named person, no visitor.
#[test]
fn case_273() {
    check("وقال الوزير خلال زيارة إلى بغداد إن العراق شريك أساسي.", &[]);
}

/// The visitor in a phrase of time is the clause's first person, not the one it meets.
#[test]
fn case_274() {
    check(
        "وبحث الرئيس الفلسطيني محمود عباس مع الرئيس الروسي فلاديمير بوتين خلال زيارة لموسكو عملية السلام.",
        &[
            "Mahmoud Abbas holdsPosition President of Palestine",
            "Vladimir Putin holdsPosition President of Russia",
            "Mahmoud Abbas met Vladimir Putin",
            "Mahmoud Abbas visited Moscow",
        ],
    );
}

/// A preposition carrying the antecedent's pronoun (بشأنها) makes the name after a relative verb its subject.
#[test]
fn case_275() {
    check(
        "وتناولت المحادثات الإصلاحات التي اتفقت مصر بشأنها مع صندوق النقد الدولي.",
        &["Egypt agreedWith International Monetary Fund"],
    );
}

/// After لولا a verb form is a noun, and the answer of the counterfactual (لكانت) opens a clause of its own.
#[test]
fn case_276() {
    check(
        "وقال الرئيس السوري بشار الأسد \"لولا دعم روسيا لكانت هذه المدن تحت سيطرة تنظيم داعش الآن\".",
        &[
            "Bashar al-Assad holdsPosition President of Syria",
            "Bashar al-Assad stated",
        ],
    );
}

/// A participle (المدعومة) describes the unnamed noun before it: no one in focus is the one backed, even though المدعومة folds to a form with a pronoun.
#[test]
fn case_277() {
    check(
        "وقال الرئيس الأمريكي دونالد ترامب إن الإدارة ستخفض تمويل البرامج المدعومة من الولايات المتحدة في سوريا.",
        &[
            "Donald Trump holdsPosition President of United States",
            "Donald Trump stated",
        ],
    );
}

/// A verb form after a preposition (في قصف) is the verbal noun: the nisba before is no subject of a verb.
#[test]
fn case_278() {
    check(
        "وقتل مزارع فلسطيني في قصف إسرائيلي على شمال قطاع غزة.",
        &["Israel attacked Gaza Strip"],
    );
}

/// The genitive of a support noun followed by its ل-object is the agent.
#[test]
fn case_279() {
    check(
        "وأشارت الوزارة إلى دعم إيران للحوثيين في اليمن.",
        &["Iran supported Houthis"],
    );
}

/// A direct noun's genitive followed by its ل-object is the agent, even with a name before the noun (روسيين).
#[test]
fn case_280() {
    check(
        "وطردت أستراليا دبلوماسيين روسيين بعد اتهام لندن لموسكو بتسميم الجاسوس.",
        &["United Kingdom accused Russia"],
    );
}

/// A noun coordinated with the phrase before (واتهام) does not take a name in that phrase as its agent.
#[test]
fn case_281() {
    check(
        "وتصاعدت الأزمة بين روسيا والغرب منذ تسميم الجاسوس الروسي سيرغي سكريبال في بريطانيا واتهام لندن لموسكو بالوقوف وراءه.",
        &[
            "United Kingdom accused Russia",
        ],
    );
}
