# People: Russia, United States, China/Taiwan, UK, France, Germany, EU/NATO.
@type Person
# --- Russia
VladimirPutin | Vladimir Putin | فلاديمير بوتين | بوتين; بوتن; فلاديمير بوتن; فلاديمير فلاديميروفيتش بوتين | Putin
+ HeadOfState RU 2000-05-07 2008-05-07
+ HeadOfState RU 2012-05-07
+ HeadOfGovernment RU 2008-05-08 2012-05-07
DmitryMedvedev | Dmitry Medvedev | دميتري ميدفيديف | ديمتري ميدفيديف; ميدفيديف; مدفيديف; دميتري مدفيديف; ديمتري مدفيديف | Medvedev
+ HeadOfState RU 2008-05-07 2012-05-07
+ HeadOfGovernment RU 2012-05-08 2020-01-16
MikhailMishustin | Mikhail Mishustin | ميخائيل ميشوستين | ميشوستين | Mishustin
+ HeadOfGovernment RU 2020-01-16
SergeyLavrov | Sergey Lavrov | سيرغي لافروف | سيرجي لافروف; لافروف; سيرغي لافروف | Lavrov
+ ForeignMinister RU 2004-03-09
SergeiShoigu | Sergei Shoigu | سيرغي شويغو | سيرجي شويغو; شويغو; شويجو | Shoigu
+ DefenseMinister RU 2012-11-06 2024-05-12
AndreiBelousov | Andrei Belousov | أندريه بيلوسوف | بيلوسوف; أندري بيلوسوف | Belousov
+ DefenseMinister RU 2024-05-14
AntonSiluanov | Anton Siluanov | أنطون سيلوانوف | سيلوانوف | Siluanov
+ FinanceMinister RU 2011-09-26
VladimirKolokoltsev | Vladimir Kolokoltsev | فلاديمير كولوكولتسيف | كولوكولتسيف
+ InteriorMinister RU 2012-05-21
DmitryPeskov | Dmitry Peskov | دميتري بيسكوف | ديمتري بيسكوف; بيسكوف | Peskov
+ Spokesperson Kremlin 2012-05-22
MariaZakharova | Maria Zakharova | ماريا زاخاروفا | زاخاروفا | Zakharova | g=f
+ Spokesperson RussianForeignMinistry 2015-08-10
IgorKonashenkov | Igor Konashenkov | إيغور كوناشينكوف | كوناشينكوف; إيغور كوناشنكوف | Konashenkov
+ Spokesperson RussianDefenseMinistry
VitalyChurkin | Vitaly Churkin | فيتالي تشوركين | تشوركين | Churkin
+ Envoy RU 2006-04-08 2017-02-20
VasilyNebenzya | Vasily Nebenzya | فاسيلي نيبينزيا | نيبينزيا; نيبنزيا; فاسيلي نيبنزيا | Nebenzya
+ Envoy RU 2017-07-27
MikhailBogdanov | Mikhail Bogdanov | ميخائيل بوغدانوف | بوغدانوف | Bogdanov
+ Envoy RU
AlexanderLavrentiev | Alexander Lavrentiev | ألكسندر لافرنتييف | لافرنتييف; ألكسندر لافرنتيف | Lavrentiev
+ Envoy RU
SergeiRyabkov | Sergei Ryabkov | سيرغي ريابكوف | ريابكوف; سيرجي ريابكوف | Ryabkov
NikolaiPatrushev | Nikolai Patrushev | نيكولاي باتروشيف | باتروشيف | Patrushev
YuriUshakov | Yuri Ushakov | يوري أوشاكوف | أوشاكوف | Ushakov
ValeryGerasimov | Valery Gerasimov | فاليري غيراسيموف | غيراسيموف; فاليري جيراسيموف | Gerasimov
AlexanderNovak | Alexander Novak | ألكسندر نوفاك | نوفاك | Novak
ValentinaMatviyenko | Valentina Matviyenko | فالنتينا ماتفيينكو | ماتفيينكو | Matviyenko | g=f
VyacheslavVolodin | Vyacheslav Volodin | فياتشيسلاف فولودين | فولودين | Volodin
SergeiNaryshkin | Sergei Naryshkin | سيرغي ناريشكين | ناريشكين | Naryshkin
AlexanderBortnikov | Alexander Bortnikov | ألكسندر بورتنيكوف | بورتنيكوف | Bortnikov
+ Leader FSB 2008-05-12
KirillDmitriev | Kirill Dmitriev | كيريل دميترييف | دميترييف; كيريل ديميترييف | Dmitriev
+ Envoy RU 2025
ElviraNabiullina | Elvira Nabiullina | إلفيرا نابيولينا | نابيولينا | Nabiullina | g=f
+ Leader BankOfRussia 2013-06-24
YevgenyPrigozhin | Yevgeny Prigozhin | يفغيني بريغوجين | بريغوجين; يفغيني بريغوزين | Prigozhin
+ Leader WagnerGroup 2014 2023-08-23
RamzanKadyrov | Ramzan Kadyrov | رمضان قديروف | قديروف | Kadyrov
+ Leader Chechnya 2007-04-05
AlexeiNavalny | Alexei Navalny | أليكسي نافالني | نافالني; ألكسي نافالني | Navalny
DmitryRogozin | Dmitry Rogozin | دميتري روغوزين | روغوزين | Rogozin
# --- United States
BarackObama | Barack Obama | باراك أوباما | أوباما; اوباما; باراك اوباما | Obama
+ HeadOfState US 2009-01-20 2017-01-20
DonaldTrump | Donald Trump | دونالد ترامب | ترامب; ترمب; دونالد ترمب; ترامپ | Trump
+ HeadOfState US 2017-01-20 2021-01-20
+ HeadOfState US 2025-01-20
JoeBiden | Joe Biden | جو بايدن | بايدن; جوزيف بايدن | Biden
+ HeadOfState US 2021-01-20 2025-01-20
+ VicePresident US 2009-01-20 2017-01-20
MikePence | Mike Pence | مايك بنس | بنس; مايك بينس | Pence
+ VicePresident US 2017-01-20 2021-01-20
KamalaHarris | Kamala Harris | كامالا هاريس | هاريس | Harris | g=f
+ VicePresident US 2021-01-20 2025-01-20
JDVance | JD Vance | جيه دي فانس | جي دي فانس; فانس | Vance
+ VicePresident US 2025-01-20
HillaryClinton | Hillary Clinton | هيلاري كلينتون | هيلاري رودهام كلينتون | | g=f
+ ForeignMinister US 2009-01-21 2013-02-01
BillClinton | Bill Clinton | بيل كلينتون
GeorgeWBush | George W. Bush | جورج دبليو بوش | جورج بوش الابن
JohnKerry | John Kerry | جون كيري | كيري | Kerry
+ ForeignMinister US 2013-02-01 2017-01-20
+ Envoy US 2021-01-20 2024-03-06
RexTillerson | Rex Tillerson | ريكس تيلرسون | تيلرسون | Tillerson
+ ForeignMinister US 2017-02-01 2018-03-31
MikePompeo | Mike Pompeo | مايك بومبيو | بومبيو; مايكل بومبيو | Pompeo
+ ForeignMinister US 2018-04-26 2021-01-20
+ Leader CIA 2017-01-23 2018-04-26
AntonyBlinken | Antony Blinken | أنتوني بلينكن | بلينكن; انتوني بلينكن; أنتوني بلينكين | Blinken
+ ForeignMinister US 2021-01-26 2025-01-20
MarcoRubio | Marco Rubio | ماركو روبيو | روبيو | Rubio
+ ForeignMinister US 2025-01-21
LeonPanetta | Leon Panetta | ليون بانيتا | بانيتا | Panetta
+ DefenseMinister US 2011-07-01 2013-02-26
+ Leader CIA 2009-02-13 2011-06-30
ChuckHagel | Chuck Hagel | تشاك هيغل | هيغل; تشاك هاغل | Hagel
+ DefenseMinister US 2013-02-27 2015-02-17
AshCarter | Ash Carter | آشتون كارتر | آش كارتر | Ashton Carter
+ DefenseMinister US 2015-02-17 2017-01-20
JimMattis | Jim Mattis | جيمس ماتيس | ماتيس; جيم ماتيس | Mattis; James Mattis
+ DefenseMinister US 2017-01-20 2019-01-01
PatrickShanahan | Patrick Shanahan | باتريك شاناهان | شاناهان | Shanahan
+ DefenseMinister US 2019-01-01 2019-06-23
MarkEsper | Mark Esper | مارك إسبر | إسبر; مارك اسبر | Esper
+ DefenseMinister US 2019-07-23 2020-11-09
LloydAustin | Lloyd Austin | لويد أوستن | أوستن; لويد أوستين | Austin
+ DefenseMinister US 2021-01-22 2025-01-20
PeteHegseth | Pete Hegseth | بيت هيغسيث | هيغسيث; هيجسيث; بيت هيجسيث | Hegseth
+ DefenseMinister US 2025-01-25
JackLew | Jack Lew | جاك ليو | | Lew
+ FinanceMinister US 2013-02-28 2017-01-20
StevenMnuchin | Steven Mnuchin | ستيفن منوتشين | منوتشين; ستيفن منوشين | Mnuchin
+ FinanceMinister US 2017-02-13 2021-01-20
JanetYellen | Janet Yellen | جانيت يلين | يلين; جانيت يلن | Yellen | g=f
+ FinanceMinister US 2021-01-26 2025-01-20
+ Leader FederalReserve 2014-02-03 2018-02-03
ScottBessent | Scott Bessent | سكوت بيسنت | بيسنت | Bessent
+ FinanceMinister US 2025-01-28
JeromePowell | Jerome Powell | جيروم باول | باول | Powell
+ Leader FederalReserve 2018-02-05
JohnBolton | John Bolton | جون بولتون | بولتون | Bolton
HRMcMaster | H. R. McMaster | هربرت ريموند ماكماستر | ماكماستر; إتش آر ماكماستر | McMaster
JakeSullivan | Jake Sullivan | جيك سوليفان | سوليفان | Sullivan
MikeWaltz | Mike Waltz | مايك والتز | والتز | Waltz
JaredKushner | Jared Kushner | جاريد كوشنر | كوشنر; جاريد كوشنير | Kushner
JoshEarnest | Josh Earnest | جوش إرنست | جوش ارنست | Earnest
+ Spokesperson WhiteHouse 2014-05-30 2017-01-20
SeanSpicer | Sean Spicer | شون سبايسر | سبايسر | Spicer
+ Spokesperson WhiteHouse 2017-01-20 2017-07-21
SarahSanders | Sarah Huckabee Sanders | سارة ساندرز | سارة هاكابي ساندرز | Sarah Sanders | g=f
+ Spokesperson WhiteHouse 2017-07-21 2019-07-01
StephanieGrisham | Stephanie Grisham | ستيفاني غريشام | غريشام | Grisham | g=f
+ Spokesperson WhiteHouse 2019-07-01 2020-04-07
KayleighMcEnany | Kayleigh McEnany | كايلي ماكناني | ماكناني; كايلي ماكيناني | McEnany | g=f
+ Spokesperson WhiteHouse 2020-04-07 2021-01-20
JenPsaki | Jen Psaki | جين ساكي | ساكي; جين بساكي | Psaki | g=f
+ Spokesperson USStateDepartment 2013-04-01 2015-03-31
+ Spokesperson WhiteHouse 2021-01-20 2022-05-13
KarineJeanPierre | Karine Jean-Pierre | كارين جان بيير | جان بيير; كارين جان-بيير | Jean-Pierre | g=f
+ Spokesperson WhiteHouse 2022-05-13 2025-01-20
KarolineLeavitt | Karoline Leavitt | كارولين ليفيت | ليفيت; كارولين ليفات | Leavitt | g=f
+ Spokesperson WhiteHouse 2025-01-20
VictoriaNuland | Victoria Nuland | فيكتوريا نولاند | نولاند | Nuland | g=f
+ Spokesperson USStateDepartment 2011-05-01 2013-04-01
JohnKirby | John Kirby | جون كيربي | كيربي | Kirby
+ Spokesperson USStateDepartment 2015-05-11 2017-01-20
+ Spokesperson Pentagon 2021-01-20 2022-05-01
+ Spokesperson WhiteHouse 2022-05-01 2025-01-20
MarkToner | Mark Toner | مارك تونر | تونر | Toner
+ Spokesperson USStateDepartment 2016 2017-08-01
HeatherNauert | Heather Nauert | هيذر نويرت | نويرت; هيذر ناورت; هيثر نويرت | Nauert | g=f
+ Spokesperson USStateDepartment 2017-04-24 2018-10-19
MorganOrtagus | Morgan Ortagus | مورغان أورتاغوس | أورتاغوس; مورغان اورتاغوس; مورجان أورتاجوس | Ortagus | g=f
+ Spokesperson USStateDepartment 2019-08-01 2021-01-20
+ Envoy US 2025-01 2025-06
NedPrice | Ned Price | نيد برايس | | Ned Price
+ Spokesperson USStateDepartment 2021-01-20 2023-03-31
MatthewMiller | Matthew Miller | ماثيو ميلر | ماثيو ميللر | Matthew Miller
+ Spokesperson USStateDepartment 2023-03-31 2025-01-20
TammyBruce | Tammy Bruce | تامي بروس | | Tammy Bruce | g=f
+ Spokesperson USStateDepartment 2025-01-20
PatRyder | Pat Ryder | بات رايدر | | Patrick Ryder
+ Spokesperson Pentagon 2022-08-01 2025-01-20
SeanParnell | Sean Parnell | شون بارنيل | بارنيل | Parnell
+ Spokesperson Pentagon 2025-01-20
BrettMcGurk | Brett McGurk | بريت ماكغورك | ماكغورك; بريت ماكجورك | McGurk
+ Envoy US 2015-10-23 2018-12-31
JamesJeffrey | James Jeffrey | جيمس جيفري | جيفري | Jeffrey
+ Envoy US 2018-08-17 2020-11-08
TimLenderking | Tim Lenderking | تيم ليندركينغ | ليندركينغ; تيموثي ليندركينغ | Lenderking
+ Envoy US 2021-02-04 2025-01-20
RobertMalley | Robert Malley | روبرت مالي | روب مالي | Rob Malley
+ Envoy US 2021-01-28 2023-06-29
SteveWitkoff | Steve Witkoff | ستيف ويتكوف | ويتكوف; ستيفن ويتكوف | Witkoff
+ Envoy US 2025-01-20
ZalmayKhalilzad | Zalmay Khalilzad | زلماي خليل زاد | خليل زاد; زلماي خليلزاد | Khalilzad
+ Envoy US 2018-09-04 2021-10-18
TomBarrack | Tom Barrack | توم باراك | توماس باراك | Thomas Barrack
+ Envoy US 2025-05-23
AmosHochstein | Amos Hochstein | آموس هوكشتاين | هوكشتاين; عاموس هوكشتاين | Hochstein
+ Envoy US 2021-08-01 2025-01-20
JasonGreenblatt | Jason Greenblatt | جيسون غرينبلات | غرينبلات | Greenblatt
+ Envoy US 2017-01-20 2019-10-31
BrianHook | Brian Hook | براين هوك | براين هوك | Hook
+ Envoy US 2018-08-16 2020-08-06
KeithKellogg | Keith Kellogg | كيث كيلوغ | كيلوغ; كيث كيلوج | Kellogg
+ Envoy US 2025-01-20
MassadBoulos | Massad Boulos | مسعد بولس | | Boulos
+ Envoy US 2025-04-01
NikkiHaley | Nikki Haley | نيكي هيلي | | Haley | g=f
+ Envoy US 2017-01-27 2018-12-31
SamanthaPower | Samantha Power | سامانثا باور | | | g=f
+ Envoy US 2013-08-05 2017-01-20
LindaThomasGreenfield | Linda Thomas-Greenfield | ليندا توماس غرينفيلد | ليندا توماس-غرينفيلد; توماس غرينفيلد | | g=f
+ Envoy US 2021-02-25 2025-01-20
JohnBrennan | John Brennan | جون برينان | برينان | Brennan
+ Leader CIA 2013-03-08 2017-01-20
GinaHaspel | Gina Haspel | جينا هاسبل | هاسبل | Haspel | g=f
+ Leader CIA 2018-05-21 2021-01-20
WilliamBurns | William Burns | وليام بيرنز | ويليام بيرنز; بيل بيرنز | Bill Burns
+ Leader CIA 2021-03-19 2025-01-20
JohnRatcliffe | John Ratcliffe | جون راتكليف | راتكليف | Ratcliffe
+ Leader CIA 2025-01-23
JamesComey | James Comey | جيمس كومي | كومي | Comey
+ Leader FBI 2013-09-04 2017-05-09
ChristopherWray | Christopher Wray | كريستوفر راي | | Wray
+ Leader FBI 2017-08-02 2025-01-19
KashPatel | Kash Patel | كاش باتيل | | Patel
+ Leader FBI 2025-02-21
RobertMueller | Robert Mueller | روبرت مولر | مولر | Mueller
NancyPelosi | Nancy Pelosi | نانسي بيلوسي | بيلوسي | Pelosi | g=f
MitchMcConnell | Mitch McConnell | ميتش ماكونيل | ماكونيل | McConnell
ChuckSchumer | Chuck Schumer | تشاك شومر | شومر | Schumer
BernieSanders | Bernie Sanders | بيرني ساندرز | | Sanders
LindseyGraham | Lindsey Graham | ليندسي غراهام | ليندسي جراهام | Graham
JohnMcCain | John McCain | جون ماكين | ماكين | McCain
ElonMusk | Elon Musk | إيلون ماسك | ماسك; ايلون ماسك | Musk
+ Leader Tesla 2008-10
# --- China / Taiwan / Hong Kong
XiJinping | Xi Jinping | شي جين بينغ | شي جينبينغ; شي جين بينج; شي جينبينج; شي جين پينغ | Xi
+ HeadOfState CN 2013-03-14
+ Leader ChineseCommunistParty 2012-11-15
+ VicePresident CN 2008-03-15 2013-03-14
HuJintao | Hu Jintao | هو جين تاو | هو جينتاو
+ HeadOfState CN 2003-03-15 2013-03-14
+ Leader ChineseCommunistParty 2002-11-15 2012-11-15
WenJiabao | Wen Jiabao | ون جيا باو | وين جيا باو; ون جياباو
+ HeadOfGovernment CN 2003-03-16 2013-03-15
LiKeqiang | Li Keqiang | لي كه تشيانغ | لي كه تشيانج; لي كيتشيانغ; لي كه شيانغ
+ HeadOfGovernment CN 2013-03-15 2023-03-11
LiQiang | Li Qiang | لي تشيانغ | لي تشيانج; لي شيانغ
+ HeadOfGovernment CN 2023-03-11
YangJiechi | Yang Jiechi | يانغ جيه تشي | يانغ جيتشي; يانغ جيه شي
+ ForeignMinister CN 2007-04-27 2013-03-16
WangYi | Wang Yi | وانغ يي | وانغ يى; وانج يي
+ ForeignMinister CN 2013-03-16 2022-12-30
+ ForeignMinister CN 2023-07-25
QinGang | Qin Gang | تشين قانغ | تشين غانغ; تشين جانج
+ ForeignMinister CN 2022-12-30 2023-07-25
ChangWanquan | Chang Wanquan | تشانغ وان تشيوان | تشانغ وانكوان
+ DefenseMinister CN 2013-03-16 2018-03-19
WeiFenghe | Wei Fenghe | وي فنغ خه | وي فنغي; وي فينغخه
+ DefenseMinister CN 2018-03-19 2023-03-12
LiShangfu | Li Shangfu | لي شانغ فو | لي شانغفو
+ DefenseMinister CN 2023-03-12 2023-10-24
DongJun | Dong Jun | دونغ جون | دونغ جيون
+ DefenseMinister CN 2023-12-29
HuaChunying | Hua Chunying | هوا تشون ينغ | هوا تشونينغ; هوا تشون يينغ | | g=f
+ Spokesperson ChineseForeignMinistry 2012-09 2024
GengShuang | Geng Shuang | قنغ شوانغ | غنغ شوانغ; جينغ شوانغ; قنغ شوانج
+ Spokesperson ChineseForeignMinistry 2015-09 2020-07
LuKang | Lu Kang | لو كانغ | لو كانج
+ Spokesperson ChineseForeignMinistry 2015-01 2019-07
ZhaoLijian | Zhao Lijian | تشاو لي جيان | تشاو ليجيان; تشاو لى جيان
+ Spokesperson ChineseForeignMinistry 2020-02 2023-01
WangWenbin | Wang Wenbin | وانغ ون بين | وانغ وين بين; وانغ وينبين
+ Spokesperson ChineseForeignMinistry 2020-07 2024
MaoNing | Mao Ning | ماو نينغ | ماو نينج | | g=f
+ Spokesperson ChineseForeignMinistry 2022-09
LinJian | Lin Jian | لين جيان
+ Spokesperson ChineseForeignMinistry 2024
LiuHe | Liu He | ليو خه | ليو هي
HeLifeng | He Lifeng | خه لي فنغ | هي ليفنغ
ZhaiJun | Zhai Jun | تشاي جيون | تشاي جون
+ Envoy CN 2019
ZhangJun | Zhang Jun | تشانغ جون | تشانغ جيون
+ Envoy CN 2019-07 2023-12
FuCong | Fu Cong | فو تسونغ | فو كونغ
+ Envoy CN 2024-02
TsaiIngwen | Tsai Ing-wen | تساي إنغ ون | تساي إينغ ون; تساي إنغ وين; تساي انغ ون | Tsai | g=f
+ HeadOfState TW 2016-05-20 2024-05-20
LaiChingte | Lai Ching-te | لاي تشينغ تي | لاي تشينج تي; ويليام لاي | William Lai
+ HeadOfState TW 2024-05-20
MaYingjeou | Ma Ying-jeou | ما ينغ جيو | ما ينج جيو
+ HeadOfState TW 2008-05-20 2016-05-20
CarrieLam | Carrie Lam | كاري لام | | | g=f
+ HeadOfGovernment HongKong 2017-07-01 2022-06-30
JohnLeeKaChiu | John Lee Ka-chiu | جون لي كا تشيو | جون لي | John Lee
+ HeadOfGovernment HongKong 2022-07-01
# --- United Kingdom
QueenElizabethII | Elizabeth II | الملكة إليزابيث الثانية | إليزابيث الثانية; الملكة إليزابيث; الملكة اليزابيث | Queen Elizabeth II | g=f
+ HeadOfState GB 1952-02-06 2022-09-08
KingCharlesIII | Charles III | الملك تشارلز الثالث | تشارلز الثالث; الأمير تشارلز | King Charles III
+ HeadOfState GB 2022-09-08
DavidCameron | David Cameron | ديفيد كاميرون | كاميرون; ديفد كاميرون | Cameron
+ HeadOfGovernment GB 2010-05-11 2016-07-13
+ ForeignMinister GB 2023-11-13 2024-07-05
TheresaMay | Theresa May | تيريزا ماي | تريزا ماي; تيريزا مي | | g=f
+ HeadOfGovernment GB 2016-07-13 2019-07-24
+ InteriorMinister GB 2010-05-12 2016-07-13
BorisJohnson | Boris Johnson | بوريس جونسون | جونسون | Johnson
+ HeadOfGovernment GB 2019-07-24 2022-09-06
+ ForeignMinister GB 2016-07-13 2018-07-09
LizTruss | Liz Truss | ليز تراس | تراس | Truss | g=f
+ HeadOfGovernment GB 2022-09-06 2022-10-25
+ ForeignMinister GB 2021-09-15 2022-09-06
RishiSunak | Rishi Sunak | ريشي سوناك | سوناك | Sunak
+ HeadOfGovernment GB 2022-10-25 2024-07-05
+ FinanceMinister GB 2020-02-13 2022-07-05
KeirStarmer | Keir Starmer | كير ستارمر | ستارمر | Starmer
+ HeadOfGovernment GB 2024-07-05
+ Leader LabourParty 2020-04-04
WilliamHague | William Hague | وليام هيغ | ويليام هيغ | Hague
+ ForeignMinister GB 2010-05-12 2014-07-14
PhilipHammond | Philip Hammond | فيليب هاموند | هاموند | Hammond
+ ForeignMinister GB 2014-07-15 2016-07-13
+ FinanceMinister GB 2016-07-13 2019-07-24
+ DefenseMinister GB 2011-10-14 2014-07-15
JeremyHunt | Jeremy Hunt | جيريمي هانت | جيريمي هنت | Hunt
+ ForeignMinister GB 2018-07-09 2019-07-24
+ FinanceMinister GB 2022-10-14 2024-07-05
DominicRaab | Dominic Raab | دومينيك راب | | Raab
+ ForeignMinister GB 2019-07-24 2021-09-15
JamesCleverly | James Cleverly | جيمس كليفرلي | كليفرلي | Cleverly
+ ForeignMinister GB 2022-09-06 2023-11-13
DavidLammy | David Lammy | ديفيد لامي | | Lammy
+ ForeignMinister GB 2024-07-05 2025-09-05
YvetteCooper | Yvette Cooper | إيفيت كوبر | | | g=f
+ ForeignMinister GB 2025-09-05
MichaelFallon | Michael Fallon | مايكل فالون | فالون | Fallon
+ DefenseMinister GB 2014-07-15 2017-11-01
GavinWilliamson | Gavin Williamson | غافين ويليامسون | غافين وليامسون | Williamson
+ DefenseMinister GB 2017-11-02 2019-05-01
BenWallace | Ben Wallace | بن والاس | | Wallace
+ DefenseMinister GB 2019-07-24 2023-08-31
GrantShapps | Grant Shapps | غرانت شابس | | Shapps
+ DefenseMinister GB 2023-08-31 2024-07-05
JohnHealey | John Healey | جون هيلي | | Healey
+ DefenseMinister GB 2024-07-05
GeorgeOsborne | George Osborne | جورج أوزبورن | أوزبورن | Osborne
+ FinanceMinister GB 2010-05-11 2016-07-13
RachelReeves | Rachel Reeves | راشيل ريفز | | Reeves | g=f
+ FinanceMinister GB 2024-07-05
NigelFarage | Nigel Farage | نايجل فاراج | فاراج | Farage
JeremyCorbyn | Jeremy Corbyn | جيريمي كوربين | كوربين | Corbyn
+ Leader LabourParty 2015-09-12 2020-04-04
TonyBlair | Tony Blair | توني بلير | بلير | Blair
# --- France
NicolasSarkozy | Nicolas Sarkozy | نيكولا ساركوزي | ساركوزي | Sarkozy
+ HeadOfState FR 2007-05-16 2012-05-15
FrancoisHollande | François Hollande | فرانسوا هولاند | هولاند | Hollande
+ HeadOfState FR 2012-05-15 2017-05-14
EmmanuelMacron | Emmanuel Macron | إيمانويل ماكرون | ماكرون; ايمانويل ماكرون; إمانويل ماكرون | Macron
+ HeadOfState FR 2017-05-14
JeanMarcAyrault | Jean-Marc Ayrault | جان مارك أيرولت | أيرولت; جان مارك إيرولت
+ HeadOfGovernment FR 2012-05-15 2014-03-31
+ ForeignMinister FR 2016-02-11 2017-05-17
ManuelValls | Manuel Valls | مانويل فالس | | Valls
+ HeadOfGovernment FR 2014-03-31 2016-12-06
BernardCazeneuve | Bernard Cazeneuve | برنار كازنوف | كازنوف | Cazeneuve
+ HeadOfGovernment FR 2016-12-06 2017-05-15
+ InteriorMinister FR 2014-04-02 2016-12-06
EdouardPhilippe | Édouard Philippe | إدوار فيليب | إدوارد فيليب | Edouard Philippe
+ HeadOfGovernment FR 2017-05-15 2020-07-03
JeanCastex | Jean Castex | جان كاستكس | كاستكس | Castex
+ HeadOfGovernment FR 2020-07-03 2022-05-16
ElisabethBorne | Élisabeth Borne | إليزابيث بورن | | Elisabeth Borne | g=f
+ HeadOfGovernment FR 2022-05-16 2024-01-09
GabrielAttal | Gabriel Attal | غابرييل أتال | | Attal
+ HeadOfGovernment FR 2024-01-09 2024-09-05
MichelBarnier | Michel Barnier | ميشال بارنييه | بارنييه; ميشيل بارنييه | Barnier
+ HeadOfGovernment FR 2024-09-05 2024-12-13
FrancoisBayrou | François Bayrou | فرانسوا بايرو | بايرو | Bayrou
+ HeadOfGovernment FR 2024-12-13 2025-09-09
SebastienLecornu | Sébastien Lecornu | سيباستيان لوكورنو | لوكورنو | Lecornu
+ HeadOfGovernment FR 2025-09-09
+ DefenseMinister FR 2022-05-20 2025-09-09
LaurentFabius | Laurent Fabius | لوران فابيوس | فابيوس | Fabius
+ ForeignMinister FR 2012-05-16 2016-02-11
JeanYvesLeDrian | Jean-Yves Le Drian | جان إيف لودريان | لودريان; جان ايف لودريان; جان إيف لو دريان | Le Drian
+ ForeignMinister FR 2017-05-17 2022-05-20
+ DefenseMinister FR 2012-05-16 2017-05-17
+ Envoy FR 2023-06-07
CatherineColonna | Catherine Colonna | كاترين كولونا | كولونا | Colonna | g=f
+ ForeignMinister FR 2022-05-20 2024-01-11
StephaneSejourne | Stéphane Séjourné | ستيفان سيجورنيه | سيجورنيه | Sejourne
+ ForeignMinister FR 2024-01-11 2024-09-21
JeanNoelBarrot | Jean-Noël Barrot | جان نويل بارو | | Barrot
+ ForeignMinister FR 2024-09-21
FlorenceParly | Florence Parly | فلورانس بارلي | فلورنس بارلي | Parly | g=f
+ DefenseMinister FR 2017-06-21 2022-05-20
GeraldDarmanin | Gérald Darmanin | جيرالد دارمانان | دارمانان | Darmanin
+ InteriorMinister FR 2020-07-06 2024-09-21
MarineLePen | Marine Le Pen | مارين لوبان | لوبان | Le Pen | g=f
# --- Germany
AngelaMerkel | Angela Merkel | أنجيلا ميركل | ميركل; أنغيلا ميركل; انجيلا ميركل | Merkel | g=f
+ HeadOfGovernment DE 2005-11-22 2021-12-08
OlafScholz | Olaf Scholz | أولاف شولتس | شولتس; شولتز; أولاف شولتز | Scholz
+ HeadOfGovernment DE 2021-12-08 2025-05-06
+ FinanceMinister DE 2018-03-14 2021-12-08
FriedrichMerz | Friedrich Merz | فريدريش ميرتس | ميرتس; ميرز; فريدريش ميرز | Merz
+ HeadOfGovernment DE 2025-05-06
JoachimGauck | Joachim Gauck | يواخيم غاوك | غاوك | Gauck
+ HeadOfState DE 2012-03-18 2017-03-18
FrankWalterSteinmeier | Frank-Walter Steinmeier | فرانك فالتر شتاينماير | شتاينماير | Steinmeier
+ HeadOfState DE 2017-03-19
+ ForeignMinister DE 2013-12-17 2017-01-27
SigmarGabriel | Sigmar Gabriel | زيغمار غابرييل | | Gabriel
+ ForeignMinister DE 2017-01-27 2018-03-14
HeikoMaas | Heiko Maas | هايكو ماس | | Maas
+ ForeignMinister DE 2018-03-14 2021-12-08
AnnalenaBaerbock | Annalena Baerbock | أنالينا بيربوك | بيربوك; أنالينا بيربوك | Baerbock | g=f
+ ForeignMinister DE 2021-12-08 2025-05-06
JohannWadephul | Johann Wadephul | يوهان فاديفول | فاديفول | Wadephul
+ ForeignMinister DE 2025-05-06
AnnegretKrampKarrenbauer | Annegret Kramp-Karrenbauer | أنغريت كرامب كارينباور | كرامب كارينباور | | g=f
+ DefenseMinister DE 2019-07-17 2021-12-08
ChristineLambrecht | Christine Lambrecht | كريستينه لامبرشت | لامبرشت | Lambrecht | g=f
+ DefenseMinister DE 2021-12-08 2023-01-19
BorisPistorius | Boris Pistorius | بوريس بيستوريوس | بيستوريوس | Pistorius
+ DefenseMinister DE 2023-01-19
WolfgangSchaeuble | Wolfgang Schäuble | فولفغانغ شويبله | شويبله | Schaeuble
+ FinanceMinister DE 2009-10-28 2017-10-24
ChristianLindner | Christian Lindner | كريستيان ليندنر | ليندنر | Lindner
+ FinanceMinister DE 2021-12-08 2024-11-07
# --- EU / NATO
UrsulaVonDerLeyen | Ursula von der Leyen | أورسولا فون دير لاين | فون دير لاين; أورزولا فون دير لاين | von der Leyen | g=f
+ Leader EuropeanCommission 2019-12-01
+ DefenseMinister DE 2013-12-17 2019-07-17
JeanClaudeJuncker | Jean-Claude Juncker | جان كلود يونكر | يونكر | Juncker
+ Leader EuropeanCommission 2014-11-01 2019-11-30
JoseManuelBarroso | José Manuel Barroso | خوسيه مانويل باروسو | باروسو | Barroso
+ Leader EuropeanCommission 2004-11-22 2014-10-31
DonaldTusk | Donald Tusk | دونالد توسك | توسك | Tusk
+ Leader EuropeanCouncil 2014-12-01 2019-11-30
+ HeadOfGovernment PL 2007-11-16 2014-09-22
+ HeadOfGovernment PL 2023-12-13
CharlesMichel | Charles Michel | شارل ميشيل | شارل ميشال | Michel
+ Leader EuropeanCouncil 2019-12-01 2024-11-30
+ HeadOfGovernment BE 2014-10-11 2019-10-27
AntonioCosta | António Costa | أنطونيو كوستا | | Costa
+ Leader EuropeanCouncil 2024-12-01
+ HeadOfGovernment PT 2015-11-26 2024-04-02
CatherineAshton | Catherine Ashton | كاثرين أشتون | أشتون | Ashton | g=f
+ ForeignMinister EuropeanUnion 2009-12-01 2014-10-31
FedericaMogherini | Federica Mogherini | فيديريكا موغيريني | موغيريني; فيديريكا موجيريني | Mogherini | g=f
+ ForeignMinister EuropeanUnion 2014-11-01 2019-11-30
JosepBorrell | Josep Borrell | جوزيب بوريل | بوريل; جوزيف بوريل | Borrell
+ ForeignMinister EuropeanUnion 2019-12-01 2024-11-30
KajaKallas | Kaja Kallas | كايا كالاس | كالاس | Kallas | g=f
+ ForeignMinister EuropeanUnion 2024-12-01
+ HeadOfGovernment EE 2021-01-26 2024-07-23
RobertaMetsola | Roberta Metsola | روبرتا ميتسولا | ميتسولا | Metsola | g=f
+ Leader EuropeanParliament 2022-01-18
MarioDraghi | Mario Draghi | ماريو دراغي | دراغي | Draghi
+ Leader ECB 2011-11-01 2019-10-31
+ HeadOfGovernment IT 2021-02-13 2022-10-22
ChristineLagarde | Christine Lagarde | كريستين لاغارد | لاغارد; كريستين لاجارد | Lagarde | g=f
+ Leader IMF 2011-07-05 2019-09-12
+ Leader ECB 2019-11-01
JensStoltenberg | Jens Stoltenberg | ينس ستولتنبرغ | ستولتنبرغ; يانس ستولتنبرغ; ينس ستولتنبيرغ | Stoltenberg
+ SecretaryGeneral NATO 2014-10-01 2024-10-01
MarkRutte | Mark Rutte | مارك روته | روته | Rutte
+ SecretaryGeneral NATO 2024-10-01
+ HeadOfGovernment NL 2010-10-14 2024-07-02
AndersFoghRasmussen | Anders Fogh Rasmussen | أندرس فوغ راسموسن | راسموسن | Rasmussen
+ SecretaryGeneral NATO 2009-08-01 2014-10-01
OanaLungescu | Oana Lungescu | أوانا لونجيسكو | | Lungescu | g=f
+ Spokesperson NATO 2010-11 2023-09
