# People: Russia, United States, China/Taiwan, UK, France, Germany, EU/NATO.
@type Person
# --- Russia
VladimirPutin | Vladimir Putin | فلاديمير بوتين | بوتين; بوتن; فلاديمير بوتن; فلاديمير فلاديميروفيتش بوتين | Putin
+ HeadOfState RU 2000-05-07 2008-05-07
+ HeadOfState RU 2012-05-07
+ HeadOfGovernment RU 2008-05-08 2012-05-07
DmitryMedvedev | Dmitry Medvedev | دميتري ميدفيديف | ديمتري ميدفيديف; ميدفيديف; مدفيديف; دميتري مدفيديف; ديمتري مدفيديف; ديميتري ميدفيديف | Medvedev
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
DmitryPeskov | Dmitry Peskov | دميتري بيسكوف | ديمتري بيسكوف; بيسكوف; ديميتري بيسكوف | Peskov
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
+ Leader CENTCOM 2013-03-22 2016-03-30
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
+ Spokesperson WhiteHouse 2014-06-20 2017-01-20
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
+ Leader ODNI 2020-05-26 2021-01-20
JamesComey | James Comey | جيمس كومي | كومي | Comey
+ Leader FBI 2013-09-04 2017-05-09
ChristopherWray | Christopher Wray | كريستوفر راي | | Wray
+ Leader FBI 2017-08-02 2025-01-19
KashPatel | Kash Patel | كاش باتيل | | Patel
+ Leader FBI 2025-02-21
RobertMueller | Robert Mueller | روبرت مولر | مولر | Mueller
+ Leader FBI 2001-09-04 2013-09-04
NancyPelosi | Nancy Pelosi | نانسي بيلوسي | بيلوسي | Pelosi | g=f
+ Leader USHouseOfRepresentatives 2007-01-04 2011-01-03
+ Leader USHouseOfRepresentatives 2019-01-03 2023-01-03
MitchMcConnell | Mitch McConnell | ميتش ماكونيل | ماكونيل | McConnell
+ Leader USSenate 2015-01-03 2021-01-20
ChuckSchumer | Chuck Schumer | تشاك شومر | شومر | Schumer
+ Leader USSenate 2021-01-20 2025-01-03
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
LizTruss | Liz Truss | ليز تراس | | Truss | g=f
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
+ InteriorMinister GB 2023-11-13 2024-07-05
DavidLammy | David Lammy | ديفيد لامي | | Lammy
+ ForeignMinister GB 2024-07-05 2025-09-05
YvetteCooper | Yvette Cooper | إيفيت كوبر | | | g=f
+ ForeignMinister GB 2025-09-05
+ InteriorMinister GB 2024-07-05 2025-09-05
MichaelFallon | Michael Fallon | مايكل فالون | فالون | Fallon
+ DefenseMinister GB 2014-07-15 2017-11-01
GavinWilliamson | Gavin Williamson | غافين ويليامسون | غافين وليامسون | Williamson
+ DefenseMinister GB 2017-11-02 2019-05-01
BenWallace | Ben Wallace | بن والاس | | Wallace
+ DefenseMinister GB 2019-07-24 2023-08-31
GrantShapps | Grant Shapps | غرانت شابس | | Shapps
+ DefenseMinister GB 2023-08-31 2024-07-05
+ InteriorMinister GB 2022-10-19 2022-10-25
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
+ InteriorMinister FR 2012-05-16 2014-03-31
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
+ Leader NationalRally 2011-01-16 2022-11-05
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
+ FinanceMinister NO 2025-02-04
MarkRutte | Mark Rutte | مارك روته | روته | Rutte
+ SecretaryGeneral NATO 2024-10-01
+ HeadOfGovernment NL 2010-10-14 2024-07-02
AndersFoghRasmussen | Anders Fogh Rasmussen | أندرس فوغ راسموسن | راسموسن | Rasmussen
+ SecretaryGeneral NATO 2009-08-01 2014-10-01
OanaLungescu | Oana Lungescu | أوانا لونجيسكو | | Lungescu | g=f
+ Spokesperson NATO 2010-11 2023-09
# --- United States (more): cabinet 2009-2026, advisers, intelligence, military, Congress, family
# (secretaries without a role kind of their own lead their department: Leader <department>)
TimothyGeithner | Timothy Geithner | تيموثي غايتنر | غايتنر; تيموثي جايتنر | Geithner
+ FinanceMinister US 2009-01-26 2013-01-25
RobertGates | Robert Gates | روبرت غيتس | روبرت جيتس | Gates
+ DefenseMinister US 2006-12-18 2011-07-01
CondoleezzaRice | Condoleezza Rice | كوندوليزا رايس | كونداليزا رايس | Condi Rice | g=f
+ ForeignMinister US 2005-01-26 2009-01-20
SusanRice | Susan Rice | سوزان رايس | | | g=f
TomDonilon | Tom Donilon | توم دونيلون | دونيلون | Donilon
MichaelFlynn | Michael Flynn | مايكل فلين | | Flynn
RobertOBrien | Robert O'Brien | روبرت أوبراين | روبرت اوبراين | O'Brien
EricHolder | Eric Holder | إريك هولدر | هولدر; اريك هولدر | Holder
+ Leader USJusticeDepartment 2009-02-03 2015-04-27
LorettaLynch | Loretta Lynch | لوريتا لينش | | Lynch | g=f
+ Leader USJusticeDepartment 2015-04-27 2017-01-20
JeffSessions | Jeff Sessions | جيف سيشنز | سيشنز | Sessions
+ Leader USJusticeDepartment 2017-02-09 2018-11-07
WilliamBarr | William Barr | وليام بار | ويليام بار; بيل بار | Bill Barr
+ Leader USJusticeDepartment 2019-02-14 2020-12-23
MerrickGarland | Merrick Garland | ميريك غارلاند | غارلاند; ميريك جارلاند | Garland
+ Leader USJusticeDepartment 2021-03-11 2025-01-20
PamBondi | Pam Bondi | بام بوندي | بوندي | Bondi | g=f
+ Leader USJusticeDepartment 2025-02-05
RodRosenstein | Rod Rosenstein | رود روزنشتاين | روزنشتاين | Rosenstein
JackSmith | Jack Smith | جاك سميث | | Jack Smith
RobertHur | Robert Hur | روبرت هور | | Robert Hur
JohnDurham | John Durham | جون دورهام | دورهام | Durham
AndrewMcCabe | Andrew McCabe | أندرو مكابي | أندرو ماكابي | McCabe
JanetNapolitano | Janet Napolitano | جانيت نابوليتانو | نابوليتانو | Napolitano | g=f
+ Leader USHomelandSecurity 2009-01-21 2013-09-06
JehJohnson | Jeh Johnson | جيه جونسون | | Jeh Johnson
+ Leader USHomelandSecurity 2013-12-23 2017-01-20
JohnKelly | John Kelly | جون كيلي | | John F. Kelly
+ Leader USHomelandSecurity 2017-01-20 2017-07-31
KirstjenNielsen | Kirstjen Nielsen | كيرستين نيلسن | | Nielsen | g=f
+ Leader USHomelandSecurity 2017-12-06 2019-04-10
AlejandroMayorkas | Alejandro Mayorkas | أليخاندرو مايوركاس | مايوركاس | Mayorkas
+ Leader USHomelandSecurity 2021-02-02 2025-01-20
KristiNoem | Kristi Noem | كريستي نويم | نويم | Noem | g=f
+ Leader USHomelandSecurity 2025-01-25
PennyPritzker | Penny Pritzker | بيني بريتزكر | بريتزكر | Pritzker | g=f
+ Leader USCommerceDepartment 2013-06-26 2017-01-20
WilburRoss | Wilbur Ross | ويلبر روس | ويلبور روس | Wilbur Ross
+ Leader USCommerceDepartment 2017-02-28 2021-01-20
GinaRaimondo | Gina Raimondo | جينا ريموندو | ريموندو | Raimondo | g=f
+ Leader USCommerceDepartment 2021-03-03 2025-01-20
HowardLutnick | Howard Lutnick | هوارد لوتنيك | لوتنيك | Lutnick
+ Leader USCommerceDepartment 2025-02-21
RobertLighthizer | Robert Lighthizer | روبرت لايتهايزر | لايتهايزر | Lighthizer
+ Leader USTR 2017-05-15 2021-01-20
KatherineTai | Katherine Tai | كاثرين تاي | | | g=f
+ Leader USTR 2021-03-18 2025-01-20
JamiesonGreer | Jamieson Greer | جيميسون غرير | جاميسون غرير | Greer
+ Leader USTR 2025-02-26
ErnestMoniz | Ernest Moniz | إرنست مونيز | مونيز | Moniz
+ Leader USEnergyDepartment 2013-05-21 2017-01-20
RickPerry | Rick Perry | ريك بيري | | Rick Perry
+ Leader USEnergyDepartment 2017-03-02 2019-12-01
JenniferGranholm | Jennifer Granholm | جنيفر غرانهولم | غرانهولم | Granholm | g=f
+ Leader USEnergyDepartment 2021-02-25 2025-01-20
ChrisWright | Chris Wright | كريس رايت | | Chris Wright
+ Leader USEnergyDepartment 2025-02-04
DougBurgum | Doug Burgum | دوغ بورغوم | بورغوم | Burgum
+ Leader USInteriorDepartment 2025-02-01
RobertFKennedyJr | Robert F. Kennedy Jr. | روبرت كينيدي جونيور | روبرت إف كينيدي جونيور; روبرت إف. كينيدي جونيور | RFK Jr.
+ Leader USHealthDepartment 2025-02-13
BetsyDeVos | Betsy DeVos | بيتسي ديفوس | ديفوس | DeVos | g=f
+ Leader USEducationDepartment 2017-02-07 2021-01-20
LindaMcMahon | Linda McMahon | ليندا مكماهون | ليندا ماكماهون | McMahon | g=f
+ Leader USEducationDepartment 2025-03-03
PeteButtigieg | Pete Buttigieg | بيت بوتيجيج | بوتيجيج | Buttigieg
+ Leader USTransportationDepartment 2021-02-03 2025-01-20
RahmEmanuel | Rahm Emanuel | رام إيمانويل | رام ايمانويل | Rahm Emanuel
DenisMcDonough | Denis McDonough | دينيس ماكدونو | ماكدونو | McDonough
ReincePriebus | Reince Priebus | رينس بريبوس | بريبوس | Priebus
MickMulvaney | Mick Mulvaney | ميك مولفاني | مولفاني | Mulvaney
MarkMeadows | Mark Meadows | مارك ميدوز | ميدوز | Meadows
RonKlain | Ron Klain | رون كلاين | | Klain
JeffZients | Jeff Zients | جيف زينتس | زينتس | Zients
SusieWiles | Susie Wiles | سوزي وايلز | وايلز | Wiles | g=f
SteveBannon | Steve Bannon | ستيف بانون | بانون; ستيفن بانون | Bannon
StephenMiller | Stephen Miller | ستيفن ميلر | ستيفن ميللر | Stephen Miller
KellyanneConway | Kellyanne Conway | كيليان كونواي | كونواي | Conway | g=f
AnthonyScaramucci | Anthony Scaramucci | أنتوني سكاراموتشي | سكاراموتشي | Scaramucci
GaryCohn | Gary Cohn | غاري كوهن | جاري كوهن | Gary Cohn
LarryKudlow | Larry Kudlow | لاري كودلو | كودلو | Kudlow
PeterNavarro | Peter Navarro | بيتر نافارو | نافارو | Navarro
RudyGiuliani | Rudy Giuliani | رودي جولياني | جولياني; رودي جيولياني; رودولف جولياني | Giuliani
PaulManafort | Paul Manafort | بول مانافورت | مانافورت | Manafort
RogerStone | Roger Stone | روجر ستون | | Roger Stone
MichaelCohenLawyer | Michael Cohen | مايكل كوهين | | Michael Cohen
TomHoman | Tom Homan | توم هومان | هومان | Homan
RobertGibbs | Robert Gibbs | روبرت غيبس | | Gibbs
+ Spokesperson WhiteHouse 2009-01-20 2011-02-11
JayCarney | Jay Carney | جاي كارني | | Jay Carney
+ Spokesperson WhiteHouse 2011-02-11 2014-06-20
KellyCraft | Kelly Craft | كيلي كرافت | | Kelly Craft | g=f
JamesClapper | James Clapper | جيمس كلابر | كلابر | Clapper
+ Leader ODNI 2010-08-09 2017-01-20
DanCoats | Dan Coats | دان كوتس | | Coats
+ Leader ODNI 2017-03-16 2019-08-15
AvrilHaines | Avril Haines | أفريل هاينز | | Haines | g=f
+ Leader ODNI 2021-01-21 2025-01-20
TulsiGabbard | Tulsi Gabbard | تولسي غابارد | غابارد; تولسي جابارد | Gabbard | g=f
+ Leader ODNI 2025-02-12
RichardGrenell | Richard Grenell | ريتشارد غرينيل | غرينيل | Grenell
+ Leader ODNI 2020-02-20 2020-05-26
DavidPetraeus | David Petraeus | ديفيد بترايوس | بترايوس; ديفيد بتريوس | Petraeus
+ Leader CIA 2011-09-06 2012-11-09
MartinDempsey | Martin Dempsey | مارتن ديمبسي | ديمبسي | Dempsey
+ Leader USArmedForces 2011-10-01 2015-09-25
JosephDunford | Joseph Dunford | جوزيف دانفورد | دانفورد | Dunford
+ Leader USArmedForces 2015-10-01 2019-09-30
MarkMilley | Mark Milley | مارك ميلي | | Milley
+ Leader USArmedForces 2019-10-01 2023-09-29
CharlesQBrown | Charles Q. Brown Jr. | تشارلز براون | تشارلز كيو براون | CQ Brown
+ Leader USArmedForces 2023-10-01 2025-02-21
DanCaine | Dan Caine | دان كين | | Caine
+ Leader USArmedForces 2025-04-11
JosephVotel | Joseph Votel | جوزيف فوتيل | فوتيل | Votel
+ Leader CENTCOM 2016-03-30 2019-03-28
KennethMcKenzie | Kenneth McKenzie | كينيث ماكنزي | فرانك ماكنزي; كينيث فرانك ماكنزي | McKenzie
+ Leader CENTCOM 2019-03-28 2022-04-01
MichaelKurilla | Michael Kurilla | مايكل كوريلا | كوريلا; مايكل إريك كوريلا | Kurilla
+ Leader CENTCOM 2022-04-01 2025-08-08
BradCooper | Brad Cooper | براد كوبر | | Brad Cooper
+ Leader CENTCOM 2025-08-08
JohnAllen | John Allen | جون آلن | جون ألن | John R. Allen
+ Envoy US 2014-09-13 2015-11-01
GeorgeMitchell | George Mitchell | جورج ميتشل | | George Mitchell
+ Envoy US 2009-01-22 2011-05-20
MartinIndyk | Martin Indyk | مارتن إنديك | إنديك; مارتن انديك | Indyk
+ Envoy US 2013-07-29 2014-06-27
ElliottAbrams | Elliott Abrams | إليوت أبرامز | | Abrams
AdamBoehler | Adam Boehler | آدم بوهلر | بوهلر | Boehler
DavidFriedman | David Friedman | ديفيد فريدمان | | David Friedman
TomNides | Tom Nides | توم نايدز | نايدز | Nides
MikeHuckabee | Mike Huckabee | مايك هاكابي | هاكابي | Huckabee
BenBernanke | Ben Bernanke | بن برنانكي | برنانكي | Bernanke
+ Leader FederalReserve 2006-02-01 2014-01-31
JohnBoehner | John Boehner | جون بينر | بينر; جون باينر | Boehner
+ Leader USHouseOfRepresentatives 2011-01-05 2015-10-29
PaulRyan | Paul Ryan | بول رايان | | Paul Ryan
+ Leader USHouseOfRepresentatives 2015-10-29 2019-01-03
KevinMcCarthy | Kevin McCarthy | كيفن مكارثي | مكارثي; كيفن ماكارثي; كيفين مكارثي | McCarthy
+ Leader USHouseOfRepresentatives 2023-01-07 2023-10-03
MikeJohnson | Mike Johnson | مايك جونسون | | Mike Johnson
+ Leader USHouseOfRepresentatives 2023-10-25
HakeemJeffries | Hakeem Jeffries | حكيم جيفريز | جيفريز | Jeffries
HarryReid | Harry Reid | هاري ريد | | Harry Reid
+ Leader USSenate 2007-01-04 2015-01-03
JohnThune | John Thune | جون ثيون | ثيون | Thune
+ Leader USSenate 2025-01-03
TedCruz | Ted Cruz | تيد كروز | | Cruz
BobMenendez | Bob Menendez | بوب مينينديز | مينينديز; روبرت مينينديز | Menendez
RandPaul | Rand Paul | راند بول | | Rand Paul
ElizabethWarren | Elizabeth Warren | إليزابيث وارن | اليزابيث وارن | Warren | g=f
TomCotton | Tom Cotton | توم كوتون | | Cotton
JimRisch | Jim Risch | جيم ريش | | Risch
BenCardin | Ben Cardin | بن كاردين | كاردين | Cardin
AdamSchiff | Adam Schiff | آدم شيف | | Schiff
AlexandriaOcasioCortez | Alexandria Ocasio-Cortez | ألكساندريا أوكاسيو كورتيز | أوكاسيو كورتيز; ألكسندريا أوكاسيو كورتيز | AOC | g=f
IlhanOmar | Ilhan Omar | إلهان عمر | | Ilhan Omar | g=f
RashidaTlaib | Rashida Tlaib | رشيدة طليب | طليب | Tlaib | g=f
BobCorker | Bob Corker | بوب كوركر | كوركر | Corker
MittRomney | Mitt Romney | ميت رومني | رومني | Romney
TimKaine | Tim Kaine | تيم كين | | Tim Kaine
TimWalz | Tim Walz | تيم والز | | Walz
RonDeSantis | Ron DeSantis | رون ديسانتيس | ديسانتيس | DeSantis
GavinNewsom | Gavin Newsom | غافين نيوسوم | نيوسوم; جافين نيوسوم | Newsom
MichaelBloomberg | Michael Bloomberg | مايكل بلومبرغ | مايكل بلومبيرغ | Bloomberg
VivekRamaswamy | Vivek Ramaswamy | فيفيك راماسوامي | راماسوامي | Ramaswamy
TuckerCarlson | Tucker Carlson | تاكر كارلسون | | Tucker Carlson
JimmyCarter | Jimmy Carter | جيمي كارتر | | Carter
DickCheney | Dick Cheney | ديك تشيني | تشيني | Cheney
ColinPowell | Colin Powell | كولن باول | كولين باول | Colin Powell
MelaniaTrump | Melania Trump | ميلانيا ترامب | ميلانيا | Melania | g=f
IvankaTrump | Ivanka Trump | إيفانكا ترامب | إيفانكا; ايفانكا ترامب | Ivanka | g=f
DonaldTrumpJr | Donald Trump Jr. | دونالد ترامب جونيور | دونالد ترامب الابن; ترامب جونيور | Trump Jr.
EricTrump | Eric Trump | إريك ترامب | | Eric Trump
MichelleObama | Michelle Obama | ميشيل أوباما | ميشال أوباما | | g=f
JillBiden | Jill Biden | جيل بايدن | | | g=f
HunterBiden | Hunter Biden | هانتر بايدن | | Hunter Biden
JulianAssange | Julian Assange | جوليان أسانج | أسانج | Assange
EdwardSnowden | Edward Snowden | إدوارد سنودن | سنودن | Snowden
ChristopherSteele | Christopher Steele | كريستوفر ستيل | | Steele
MarkZuckerberg | Mark Zuckerberg | مارك زوكربيرغ | زوكربيرغ; مارك زوكربيرج; زوكربيرج | Zuckerberg
+ Leader Meta 2004
JeffBezos | Jeff Bezos | جيف بيزوس | بيزوس | Bezos
BillGates | Bill Gates | بيل غيتس | بيل جيتس | Bill Gates
WarrenBuffett | Warren Buffett | وارن بافيت | بافيت | Buffett
TimCook | Tim Cook | تيم كوك | | Tim Cook
+ Leader Apple 2011-08-24
SamAltman | Sam Altman | سام ألتمان | ألتمان; سام التمان | Altman
+ Leader OpenAI 2019
JensenHuang | Jensen Huang | جنسن هوانغ | جينسن هوانغ | Jensen Huang
+ Leader Nvidia 1993
# --- Russia (more)
AlexeiKudrin | Alexei Kudrin | أليكسي كودرين | كودرين | Kudrin
+ FinanceMinister RU 2000-05-18 2011-09-26
RashidNurgaliyev | Rashid Nurgaliyev | رشيد نورغالييف | نورغالييف | Nurgaliyev
+ InteriorMinister RU 2003-03-09 2012-05-21
AnatoliySerdyukov | Anatoliy Serdyukov | أناتولي سيرديوكوف | سيرديوكوف | Serdyukov
+ DefenseMinister RU 2007-02-15 2012-11-06
SergeiIvanov | Sergei Ivanov | سيرغي إيفانوف | سيرجي إيفانوف | Sergei Ivanov
AntonVaino | Anton Vaino | أنطون فاينو | فاينو | Vaino
SergeiSobyanin | Sergei Sobyanin | سيرغي سوبيانين | سوبيانين | Sobyanin
VladimirMedinsky | Vladimir Medinsky | فلاديمير ميدينسكي | ميدينسكي | Medinsky
AlexanderGrushko | Alexander Grushko | ألكسندر غروشكو | غروشكو | Grushko
SergeiVershinin | Sergei Vershinin | سيرغي فيرشينين | فيرشينين | Vershinin
MikhailUlyanov | Mikhail Ulyanov | ميخائيل أوليانوف | أوليانوف | Ulyanov
DmitryPolyanskiy | Dmitry Polyanskiy | دميتري بوليانسكي | بوليانسكي | Polyanskiy
AnatolyAntonov | Anatoly Antonov | أناتولي أنطونوف | | Antonov
SergeiKiriyenko | Sergei Kiriyenko | سيرغي كيريينكو | كيريينكو | Kiriyenko
AlexanderDvornikov | Alexander Dvornikov | ألكسندر دفورنيكوف | دفورنيكوف | Dvornikov
SergeiSurovikin | Sergei Surovikin | سيرغي سوروفيكين | سوروفيكين | Surovikin
ViktorZolotov | Viktor Zolotov | فيكتور زولوتوف | زولوتوف | Zolotov
GennadyZyuganov | Gennady Zyuganov | غينادي زيوغانوف | زيوغانوف | Zyuganov
VladimirZhirinovsky | Vladimir Zhirinovsky | فلاديمير جيرينوفسكي | جيرينوفسكي | Zhirinovsky
YuliaNavalnaya | Yulia Navalnaya | يوليا نافالنايا | نافالنايا | Navalnaya | g=f
MikhailKhodorkovsky | Mikhail Khodorkovsky | ميخائيل خودوركوفسكي | خودوركوفسكي | Khodorkovsky
SergeiSkripal | Sergei Skripal | سيرغي سكريبال | سكريبال; سيرجي سكريبال | Skripal
PatriarchKirill | Patriarch Kirill | البطريرك كيريل | البطريرك كيريل الأول; بطريرك موسكو كيريل | Kirill of Moscow
SergeiChemezov | Sergei Chemezov | سيرغي تشيميزوف | تشيميزوف | Chemezov
IgorSechin | Igor Sechin | إيغور سيتشين | سيتشين | Sechin
+ Leader Rosneft 2012-05-23
AlexeiMiller | Alexei Miller | أليكسي ميلر | ألكسي ميلر | Alexei Miller
+ Leader Gazprom 2001-05-30
AlexeyLikhachev | Alexey Likhachev | أليكسي ليخاتشوف | ليخاتشوف | Likhachev
+ Leader Rosatom 2016-10-05
RomanAbramovich | Roman Abramovich | رومان أبراموفيتش | أبراموفيتش | Abramovich
OlegDeripaska | Oleg Deripaska | أوليغ ديريباسكا | ديريباسكا | Deripaska
DmitryUtkin | Dmitry Utkin | دميتري أوتكين | أوتكين | Utkin
# --- China (more)
WangQishan | Wang Qishan | وانغ تشي شان | وانغ تشيشان | Wang Qishan
+ VicePresident CN 2018-03-17 2023-03-10
HanZheng | Han Zheng | هان تشنغ | هان تشنج | Han Zheng
+ VicePresident CN 2023-03-10
LiYuanchao | Li Yuanchao | لي يوان تشاو | | Li Yuanchao
+ VicePresident CN 2013-03-14 2018-03-17
ZhangYouxia | Zhang Youxia | تشانغ يو شيا | | Zhang Youxia
WangHuning | Wang Huning | وانغ هو نينغ | | Wang Huning
JackMa | Jack Ma | جاك ما | | Jack Ma
PengLiyuan | Peng Liyuan | بينغ لي يوان | | Peng Liyuan | g=f
# --- United Kingdom (more): Home Secretaries, Chancellors, Brexit, parties, royals
GordonBrown | Gordon Brown | غوردون براون | جوردون براون | Gordon Brown
+ HeadOfGovernment GB 2007-06-27 2010-05-11
NickClegg | Nick Clegg | نيك كليغ | كليغ | Clegg
AmberRudd | Amber Rudd | آمبر رود | أمبر رود | Amber Rudd | g=f
+ InteriorMinister GB 2016-07-13 2018-04-29
SajidJavid | Sajid Javid | ساجد جاويد | | Javid
+ InteriorMinister GB 2018-04-30 2019-07-24
+ FinanceMinister GB 2019-07-24 2020-02-13
PritiPatel | Priti Patel | بريتي باتيل | | Priti Patel | g=f
+ InteriorMinister GB 2019-07-24 2022-09-06
SuellaBraverman | Suella Braverman | سويلا برافرمان | برافرمان | Braverman | g=f
+ InteriorMinister GB 2022-09-06 2022-10-19
+ InteriorMinister GB 2022-10-25 2023-11-13
ShabanaMahmood | Shabana Mahmood | شبانة محمود | | Shabana Mahmood | g=f
+ InteriorMinister GB 2025-09-05
NadhimZahawi | Nadhim Zahawi | ناظم الزهاوي | الزهاوي | Zahawi
+ FinanceMinister GB 2022-07-05 2022-09-06
KwasiKwarteng | Kwasi Kwarteng | كواسي كوارتنغ | كوارتنغ; كوازي كوارتنغ | Kwarteng
+ FinanceMinister GB 2022-09-06 2022-10-14
DavidDavis | David Davis | ديفيد ديفيس | | David Davis
StephenBarclay | Stephen Barclay | ستيفن باركلي | | Barclay
MichaelGove | Michael Gove | مايكل غوف | غوف; مايكل جوف | Gove
JacobReesMogg | Jacob Rees-Mogg | جاكوب ريس موغ | ريس موغ | Rees-Mogg
LiamFox | Liam Fox | ليام فوكس | | Liam Fox
DavidFrost | David Frost | ديفيد فروست | | Lord Frost
DavidMiliband | David Miliband | ديفيد ميليباند | | David Miliband
EdMiliband | Ed Miliband | إد ميليباند | | Ed Miliband
AngelaRayner | Angela Rayner | أنجيلا راينر | راينر | Rayner | g=f
KemiBadenoch | Kemi Badenoch | كيمي بادينوك | بادينوك | Badenoch | g=f
+ Leader ConservativeParty 2024-11-02
NicolaSturgeon | Nicola Sturgeon | نيكولا ستورجن | ستورجن; نيكولا ستيرجن | Sturgeon | g=f
+ HeadOfGovernment Scotland 2014-11-20 2023-03-29
AlexSalmond | Alex Salmond | أليكس سالموند | سالموند | Salmond
+ HeadOfGovernment Scotland 2007-05-16 2014-11-19
HumzaYousaf | Humza Yousaf | حمزة يوسف | | Humza Yousaf
+ HeadOfGovernment Scotland 2023-03-29 2024-05-07
SadiqKhan | Sadiq Khan | صادق خان | | Sadiq Khan
PrinceWilliam | Prince William | الأمير وليام | الأمير ويليام; الأمير وليام أمير ويلز | William, Prince of Wales
PrinceHarry | Prince Harry | الأمير هاري | | Prince Harry
RichardMooreMI6 | Richard Moore | ريتشارد مور | | Richard Moore
+ Leader MI6 2020-10-01 2025-10-01
AlexYounger | Alex Younger | أليكس يونغر | | Younger
+ Leader MI6 2014-11-01 2020-09-30
# --- France (more): the Le Pen family and the right, the left, ministers
JeanMarieLePen | Jean-Marie Le Pen | جان ماري لوبان | جان-ماري لوبان | Jean-Marie Le Pen
+ Leader NationalRally 1972-10-05 2011-01-16
MarionMarechal | Marion Maréchal | ماريون ماريشال | ماريون ماريشال لوبان; ماريون مارشال لوبان | Marion Marechal-Le Pen | g=f
JordanBardella | Jordan Bardella | جوردان بارديلا | بارديلا | Bardella
+ Leader NationalRally 2022-11-05
FlorianPhilippot | Florian Philippot | فلوريان فيليبو | فيليبو | Philippot
JeanLucMelenchon | Jean-Luc Mélenchon | جان لوك ميلانشون | ميلانشون; جان-لوك ميلانشون | Melenchon
+ Leader LaFranceInsoumise 2016-02-10
EricZemmour | Éric Zemmour | إريك زمور | زمور | Zemmour
BenoitHamon | Benoît Hamon | بونوا هامون | هامون; بنوا هامون | Hamon
FrancoisFillon | François Fillon | فرانسوا فيون | فيون | Fillon
+ HeadOfGovernment FR 2007-05-17 2012-05-15
AlainJuppe | Alain Juppé | ألان جوبيه | جوبيه | Juppe
+ ForeignMinister FR 2011-02-27 2012-05-15
ClaudeGueant | Claude Guéant | كلود غيان | غيان | Gueant
+ InteriorMinister FR 2011-02-27 2012-05-15
GerardCollomb | Gérard Collomb | جيرار كولومب | كولومب | Collomb
+ InteriorMinister FR 2017-05-17 2018-10-03
ChristopheCastaner | Christophe Castaner | كريستوف كاستانير | كاستانير | Castaner
+ InteriorMinister FR 2018-10-16 2020-07-06
BrunoRetailleau | Bruno Retailleau | برونو روتايو | روتايو | Retailleau
+ InteriorMinister FR 2024-09-21 2025-10-12
LaurentNunez | Laurent Nuñez | لوران نونيز | لوران نونييز | Laurent Nunez
+ InteriorMinister FR 2025-10-12
BrunoLeMaire | Bruno Le Maire | برونو لو مير | لومير; برونو لومير | Le Maire
+ FinanceMinister FR 2017-05-17 2024-09-21
MichelSapin | Michel Sapin | ميشال سابان | سابان | Sapin
+ FinanceMinister FR 2014-04-02 2017-05-17
PierreMoscovici | Pierre Moscovici | بيار موسكوفيسي | موسكوفيسي; بيير موسكوفيسي | Moscovici
+ FinanceMinister FR 2012-05-16 2014-04-02
SegoleneRoyal | Ségolène Royal | سيغولين رويال | | Segolene Royal | g=f
LaurentWauquiez | Laurent Wauquiez | لوران فوكييه | فوكييه | Wauquiez
ValeriePecresse | Valérie Pécresse | فاليري بيكريس | بيكريس | Pecresse | g=f
BrigitteMacron | Brigitte Macron | بريجيت ماكرون | | | g=f
RachidaDati | Rachida Dati | رشيدة داتي | | Dati | g=f
DominiqueDeVillepin | Dominique de Villepin | دومينيك دو فيلبان | دو فيلبان; دومينيك دوفيلبان | de Villepin
JacquesChirac | Jacques Chirac | جاك شيراك | شيراك | Chirac
+ HeadOfState FR 1995-05-17 2007-05-16
# --- Germany (more)
ChristianWulff | Christian Wulff | كريستيان فولف | | Wulff
+ HeadOfState DE 2010-06-30 2012-02-17
GuidoWesterwelle | Guido Westerwelle | غيدو فسترفيله | فسترفيله; جيدو فيسترفيله | Westerwelle
+ ForeignMinister DE 2009-10-28 2013-12-17
ThomasDeMaiziere | Thomas de Maizière | توماس دي ميزير | دي ميزير | de Maiziere
+ DefenseMinister DE 2011-03-03 2013-12-17
+ InteriorMinister DE 2013-12-17 2018-03-14
HorstSeehofer | Horst Seehofer | هورست زيهوفر | زيهوفر | Seehofer
+ InteriorMinister DE 2018-03-14 2021-12-08
NancyFaeser | Nancy Faeser | نانسي فيزر | فيزر | Faeser | g=f
+ InteriorMinister DE 2021-12-08 2025-05-06
AlexanderDobrindt | Alexander Dobrindt | ألكسندر دوبريندت | دوبريندت | Dobrindt
+ InteriorMinister DE 2025-05-06
LarsKlingbeil | Lars Klingbeil | لارس كلينغبايل | كلينغبايل | Klingbeil
+ FinanceMinister DE 2025-05-06
RobertHabeck | Robert Habeck | روبرت هابيك | هابيك | Habeck
SteffenSeibert | Steffen Seibert | شتيفن زايبرت | زايبرت | Seibert
+ Spokesperson GermanChancellery 2010-08-11 2021-12-08
AliceWeidel | Alice Weidel | أليس فايدل | فايدل | Weidel | g=f
+ Leader AfD 2022-06-18
FraukePetry | Frauke Petry | فراوكه بيتري | | Petry | g=f
AlexanderGauland | Alexander Gauland | ألكسندر غاولاند | غاولاند | Gauland
ArminLaschet | Armin Laschet | أرمين لاشيت | لاشيت | Laschet
MarkusSoeder | Markus Söder | ماركوس زودر | زودر | Soeder
SahraWagenknecht | Sahra Wagenknecht | زارا فاغنكنشت | فاغنكنشت | Wagenknecht | g=f
GerhardSchroeder | Gerhard Schröder | غيرهارد شرودر | شرودر | Schroeder
+ HeadOfGovernment DE 1998-10-27 2005-11-22
MartinSchulz | Martin Schulz | مارتن شولتس | مارتن شولز | Martin Schulz
+ Leader EuropeanParliament 2012-01-17 2017-01-17
WolfgangIschinger | Wolfgang Ischinger | فولفغانغ إيشنغر | إيشنغر | Ischinger
# --- EU (more)
HermanVanRompuy | Herman Van Rompuy | هيرمان فان رومبوي | فان رومبوي | Van Rompuy
+ Leader EuropeanCouncil 2009-12-01 2014-11-30
DavidSassoli | David Sassoli | ديفيد ساسولي | ساسولي | Sassoli
+ Leader EuropeanParliament 2019-07-03 2022-01-11
FransTimmermans | Frans Timmermans | فرانس تيمرمانس | تيمرمانس | Timmermans
MargretheVestager | Margrethe Vestager | مارغريت فيستاغر | فيستاغر | Vestager | g=f
PeterStano | Peter Stano | بيتر ستانو | ستانو | Stano
+ Spokesperson EuropeanCommission 2019-12
NabilaMassrali | Nabila Massrali | نبيلة مصرالي | | Massrali | g=f
OliverVarhelyi | Olivér Várhelyi | أوليفر فارهيلي | فارهيلي | Varhelyi
