# People: UN and international organizations, UN envoys, and leaders of other countries.
@type Person
# --- United Nations and agencies
BanKiMoon | Ban Ki-moon | بان كي مون | بان كي مون الأمين العام | Ban Ki-moon
+ SecretaryGeneral UnitedNations 2007-01-01 2016-12-31
AntonioGuterres | António Guterres | أنطونيو غوتيريش | غوتيريش; غوتيريس; أنطونيو غوتيريس; انطونيو غوتيريش; أنطونيو جوتيريش | Guterres; Antonio Guterres
+ SecretaryGeneral UnitedNations 2017-01-01
+ Leader UNHCR 2005-06-15 2015-12-31
StephaneDujarric | Stéphane Dujarric | ستيفان دوجاريك | دوجاريك; ستيفان دوجاريك | Dujarric
+ Spokesperson UnitedNations 2014-04
FarhanHaq | Farhan Haq | فرحان حق | | Farhan Haq
KofiAnnan | Kofi Annan | كوفي عنان | كوفي أنان | Annan
+ SecretaryGeneral UnitedNations 1997-01-01 2006-12-31
+ Envoy UnitedNations 2012-02-23 2012-08-31
LakhdarBrahimi | Lakhdar Brahimi | الأخضر الإبراهيمي | الإبراهيمي; الأخضر الابراهيمي | Brahimi
+ Envoy UnitedNations 2012-09-01 2014-05-31
StaffanDeMistura | Staffan de Mistura | ستافان دي ميستورا | دي ميستورا; ستيفان دي ميستورا | de Mistura
+ Envoy UnitedNations 2014-07-10 2018-12-31
+ Envoy UnitedNations 2021-11-01
GeirPedersen | Geir Pedersen | غير بيدرسن | بيدرسن; غير بيدرسون; جير بيدرسن | Pedersen
+ Envoy UnitedNations 2019-01-07
JamalBenomar | Jamal Benomar | جمال بنعمر | بنعمر | Benomar
+ Envoy UnitedNations 2011-04 2015-04
IsmailOuldCheikhAhmed | Ismail Ould Cheikh Ahmed | إسماعيل ولد الشيخ أحمد | ولد الشيخ أحمد; اسماعيل ولد الشيخ أحمد | Ould Cheikh Ahmed
+ Envoy UnitedNations 2015-04-25 2018-02-28
MartinGriffiths | Martin Griffiths | مارتن غريفيث | غريفيث; مارتن غريفيثس | Griffiths
+ Envoy UnitedNations 2018-03-01 2021-06-30
+ Leader OCHA 2021-07-19 2024-06-30
HansGrundberg | Hans Grundberg | هانس غروندبرغ | غروندبرغ; هانز غروندبرغ | Grundberg
+ Envoy UnitedNations 2021-09-05
BernardinoLeon | Bernardino León | برناردينو ليون | | Bernardino Leon
+ Envoy UnitedNations 2014-08-14 2015-11-17
MartinKobler | Martin Kobler | مارتن كوبلر | كوبلر | Kobler
+ Envoy UnitedNations 2015-11-17 2017-06-22
GhassanSalame | Ghassan Salamé | غسان سلامة | | Salame
+ Envoy UnitedNations 2017-06-22 2020-03-02
StephanieWilliams | Stephanie Williams | ستيفاني ويليامز | ستيفاني وليامز | Stephanie Williams | g=f
+ Envoy UnitedNations 2020-03-02 2021-01-18
JanKubis | Ján Kubiš | يان كوبيش | كوبيش; يان كوبيتش | Jan Kubis
+ Envoy UnitedNations 2021-01-18 2021-12-10
AbdoulayeBathily | Abdoulaye Bathily | عبد الله باتيلي | باتيلي | Bathily
+ Envoy UnitedNations 2022-09-02 2024-05-31
HannaTetteh | Hanna Tetteh | هانا تيتيه | تيتيه | Tetteh | g=f
+ Envoy UnitedNations 2025-02-01
NickolayMladenov | Nickolay Mladenov | نيكولاي ملادينوف | ملادينوف | Mladenov
+ Envoy UnitedNations 2015-02 2020-12-31
TorWennesland | Tor Wennesland | تور وينسلاند | وينسلاند | Wennesland
+ Envoy UnitedNations 2021-01 2024-12-31
JeaninePlasschaert | Jeanine Hennis-Plasschaert | جينين هينيس بلاسخارت | بلاسخارت; جينين بلاسخارت | Hennis-Plasschaert | g=f
+ Envoy UnitedNations 2018-12
FilippoGrandi | Filippo Grandi | فيليبو غراندي | غراندي | Grandi
+ Leader UNHCR 2016-01-01
+ Leader UNRWA 2010-01 2014-03
TedrosAdhanom | Tedros Adhanom Ghebreyesus | تيدروس أدهانوم غيبريسوس | تيدروس أدهانوم; تيدروس; تيدروس غيبريسوس | Tedros
+ Leader WHO 2017-07-01
YukiyaAmano | Yukiya Amano | يوكيا أمانو | أمانو | Amano
+ Leader IAEA 2009-12-01 2019-07-18
RafaelGrossi | Rafael Grossi | رافائيل غروسي | غروسي; رافاييل غروسي | Grossi
+ Leader IAEA 2019-12-03
KristalinaGeorgieva | Kristalina Georgieva | كريستالينا غورغييفا | غورغييفا; كريستالينا جورجيفا | Georgieva | g=f
+ Leader IMF 2019-10-01
JimYongKim | Jim Yong Kim | جيم يونغ كيم | | Jim Yong Kim
+ Leader WorldBank 2012-07-01 2019-02-01
DavidMalpass | David Malpass | ديفيد مالباس | مالباس | Malpass
+ Leader WorldBank 2019-04-09 2023-06-01
AjayBanga | Ajay Banga | أجاي بانغا | أجاي بانجا | Banga
+ Leader WorldBank 2023-06-02
NgoziOkonjoIweala | Ngozi Okonjo-Iweala | نغوزي أوكونجو إيويالا | أوكونجو إيويالا | Okonjo-Iweala | g=f
+ Leader WTO 2021-03-01
FatouBensouda | Fatou Bensouda | فاتو بنسودا | بنسودا | Bensouda | g=f
KarimKhan | Karim Khan | كريم خان | | Karim Khan
PhilippeLazzarini | Philippe Lazzarini | فيليب لازاريني | لازاريني | Lazzarini
+ Leader UNRWA 2020-03-18
TomFletcher | Tom Fletcher | توم فليتشر | | Fletcher
+ Leader OCHA 2024-11-18
DavidBeasley | David Beasley | ديفيد بيزلي | | Beasley
+ Leader WFP 2017-04-04 2023-04-05
VolkerTurk | Volker Türk | فولكر تورك | | Volker Turk
+ Leader OHCHR 2022-10-17
MichelleBachelet | Michelle Bachelet | ميشيل باشليه | باشليه | Bachelet | g=f
+ Leader OHCHR 2018-09-01 2022-08-31
+ HeadOfState CL 2014-03-11 2018-03-11
FrancescaAlbanese | Francesca Albanese | فرانشيسكا ألبانيز | فرانشيسكا ألبانيزي | | g=f
MoussaFakiMahamat | Moussa Faki Mahamat | موسى فكي محمد | موسى فقي محمد | Moussa Faki
+ Leader AfricanUnion 2017-03-14 2025-02-15
MahmoudAliYoussouf | Mahmoud Ali Youssouf | محمود علي يوسف | | Mahmoud Ali Youssouf
+ Leader AfricanUnion 2025-02-15
+ ForeignMinister DJ 2005-07 2025-02
HusseinIbrahimTaha | Hissein Brahim Taha | حسين إبراهيم طه | | Hissein Brahim Taha
+ SecretaryGeneral OIC 2021-11
HaithamAlGhais | Haitham al-Ghais | هيثم الغيص | الغيص | al-Ghais
+ SecretaryGeneral OPEC 2022-08-01
MohammedBarkindo | Mohammad Barkindo | محمد باركيندو | باركيندو | Barkindo
+ SecretaryGeneral OPEC 2016-08-01 2022-07-05
# --- Ukraine / Belarus / Caucasus / Central Asia
VolodymyrZelensky | Volodymyr Zelensky | فولوديمير زيلينسكي | زيلينسكي; فلاديمير زيلينسكي; فولوديمير زيلنسكي; زيلنسكي | Zelensky; Zelenskyy
+ HeadOfState UA 2019-05-20
PetroPoroshenko | Petro Poroshenko | بيترو بوروشينكو | بوروشينكو; بترو بوروشنكو; بوروشنكو | Poroshenko
+ HeadOfState UA 2014-06-07 2019-05-20
ViktorYanukovych | Viktor Yanukovych | فيكتور يانوكوفيتش | يانوكوفيتش | Yanukovych
+ HeadOfState UA 2010-02-25 2014-02-22
ArseniyYatsenyuk | Arseniy Yatsenyuk | أرسيني ياتسينيوك | ياتسينيوك | Yatsenyuk
+ HeadOfGovernment UA 2014-02-27 2016-04-14
VolodymyrGroysman | Volodymyr Groysman | فولوديمير غرويسمان | غرويسمان | Groysman
+ HeadOfGovernment UA 2016-04-14 2019-08-29
DenysShmyhal | Denys Shmyhal | دينيس شميهال | شميهال; دنيس شميغال | Shmyhal
+ HeadOfGovernment UA 2020-03-04 2025-07-17
+ DefenseMinister UA 2025-07-17
YuliaSvyrydenko | Yulia Svyrydenko | يوليا سفيريدينكو | سفيريدينكو | Svyrydenko | g=f
+ HeadOfGovernment UA 2025-07-17
PavloKlimkin | Pavlo Klimkin | بافلو كليمكين | كليمكين | Klimkin
+ ForeignMinister UA 2014-06-19 2019-08-29
DmytroKuleba | Dmytro Kuleba | دميترو كوليبا | كوليبا; ديمترو كوليبا | Kuleba
+ ForeignMinister UA 2020-03-04 2024-09-05
AndriiSybiha | Andrii Sybiha | أندريه سيبيها | سيبيها; أندري سيبيغا | Sybiha
+ ForeignMinister UA 2024-09-05
OleksiiReznikov | Oleksii Reznikov | أوليكسي ريزنيكوف | ريزنيكوف; أليكسي ريزنيكوف | Reznikov
+ DefenseMinister UA 2021-11-04 2023-09-06
RustemUmerov | Rustem Umerov | رستم عمروف | عمروف; رستم أوميروف | Umerov
+ DefenseMinister UA 2023-09-06 2025-07-17
AndriyYermak | Andriy Yermak | أندريه يرماك | يرماك | Yermak
ValeriiZaluzhnyi | Valerii Zaluzhnyi | فاليري زالوجني | زالوجني; فاليري زالوجنيي | Zaluzhnyi
OleksandrSyrskyi | Oleksandr Syrskyi | أولكسندر سيرسكي | سيرسكي; ألكسندر سيرسكي | Syrskyi
MykhailoPodolyak | Mykhailo Podolyak | ميخايلو بودولياك | بودولياك | Podolyak
AlexanderLukashenko | Alexander Lukashenko | ألكسندر لوكاشينكو | لوكاشينكو; لوكاشنكو; ألكسندر لوكاشنكو | Lukashenko
+ HeadOfState BY 1994-07-20
SvetlanaTikhanovskaya | Sviatlana Tsikhanouskaya | سفيتلانا تيخانوفسكايا | تيخانوفسكايا | Tikhanovskaya | g=f
NikolPashinyan | Nikol Pashinyan | نيكول باشينيان | باشينيان | Pashinyan
+ HeadOfGovernment AM 2018-05-08
IlhamAliyev | Ilham Aliyev | إلهام علييف | علييف; إلهام عالييف | Aliyev
+ HeadOfState AZ 2003-10-31
NursultanNazarbayev | Nursultan Nazarbayev | نور سلطان نزارباييف | نزارباييف; نور سلطان نزاربايف | Nazarbayev
+ HeadOfState KZ 1991-12-16 2019-03-20
KassymJomartTokayev | Kassym-Jomart Tokayev | قاسم جومارت توكاييف | توكاييف; قاسم جومرت توكاييف | Tokayev
+ HeadOfState KZ 2019-03-20
ShavkatMirziyoyev | Shavkat Mirziyoyev | شوكت ميرضيائيف | ميرضيائيف; شوكت ميرزيوييف | Mirziyoyev
+ HeadOfState UZ 2016-09-08
# --- Europe (other)
GiorgiaMeloni | Giorgia Meloni | جورجيا ميلوني | ميلوني | Meloni | g=f
+ HeadOfGovernment IT 2022-10-22
GiuseppeConte | Giuseppe Conte | جوزيبي كونتي | كونتي | Conte
+ HeadOfGovernment IT 2018-06-01 2021-02-13
MatteoRenzi | Matteo Renzi | ماتيو رينزي | رينزي | Renzi
+ HeadOfGovernment IT 2014-02-22 2016-12-12
PaoloGentiloni | Paolo Gentiloni | باولو جنتيلوني | جنتيلوني | Gentiloni
+ HeadOfGovernment IT 2016-12-12 2018-06-01
+ ForeignMinister IT 2014-10-31 2016-12-12
LuigiDiMaio | Luigi Di Maio | لويجي دي مايو | دي مايو | Di Maio
+ ForeignMinister IT 2019-09-05 2022-10-22
AntonioTajani | Antonio Tajani | أنطونيو تاياني | تاياني | Tajani
+ ForeignMinister IT 2022-10-22
SergioMattarella | Sergio Mattarella | سيرجيو ماتاريلا | ماتاريلا | Mattarella
+ HeadOfState IT 2015-02-03
MatteoSalvini | Matteo Salvini | ماتيو سالفيني | سالفيني | Salvini
+ InteriorMinister IT 2018-06-01 2019-09-05
PopeBenedictXVI | Pope Benedict XVI | البابا بنديكت السادس عشر | بنديكتوس السادس عشر; البابا بنديكتوس السادس عشر | Benedict XVI
+ HeadOfState VA 2005-04-19 2013-02-28
PopeFrancis | Pope Francis | البابا فرنسيس | البابا فرانسيس; بابا الفاتيكان فرنسيس | Francis
+ HeadOfState VA 2013-03-13 2025-04-21
PopeLeoXIV | Pope Leo XIV | البابا ليو الرابع عشر | البابا لاوون الرابع عشر; البابا ليون الرابع عشر; ليو الرابع عشر | Leo XIV
+ HeadOfState VA 2025-05-08
PedroSanchez | Pedro Sánchez | بيدرو سانشيز | سانشيز | Pedro Sanchez
+ HeadOfGovernment ES 2018-06-02
MarianoRajoy | Mariano Rajoy | ماريانو راخوي | راخوي | Rajoy
+ HeadOfGovernment ES 2011-12-21 2018-06-01
FelipeVI | Felipe VI | الملك فيليبي السادس | فيليبي السادس | King Felipe VI
+ HeadOfState ES 2014-06-19
JoseManuelAlbares | José Manuel Albares | خوسيه مانويل ألباريس | ألباريس | Albares
+ ForeignMinister ES 2021-07-12
DickSchoof | Dick Schoof | ديك سخوف | | Schoof
+ HeadOfGovernment NL 2024-07-02
AndrzejDuda | Andrzej Duda | أندريه دودا | أندجي دودا | Duda
+ HeadOfState PL 2015-08-06 2025-08-06
KarolNawrocki | Karol Nawrocki | كارول نافروتسكي | نافروتسكي | Nawrocki
+ HeadOfState PL 2025-08-06
MateuszMorawiecki | Mateusz Morawiecki | ماتيوش مورافيتسكي | مورافيتسكي | Morawiecki
+ HeadOfGovernment PL 2017-12-11 2023-12-13
ViktorOrban | Viktor Orbán | فيكتور أوربان | أوربان | Orban; Viktor Orban
+ HeadOfGovernment HU 2010-05-29
PeterSzijjarto | Péter Szijjártó | بيتر سيارتو | سيارتو | Szijjarto
+ ForeignMinister HU 2014-09-23
KyriakosMitsotakis | Kyriakos Mitsotakis | كيرياكوس ميتسوتاكيس | ميتسوتاكيس | Mitsotakis
+ HeadOfGovernment GR 2019-07-08
AlexisTsipras | Alexis Tsipras | أليكسيس تسيبراس | تسيبراس | Tsipras
+ HeadOfGovernment GR 2015-01-26 2019-07-08
NicosAnastasiades | Nicos Anastasiades | نيكوس أناستاسيادس | أناستاسيادس | Anastasiades
+ HeadOfState CY 2013-02-28 2023-02-28
NikosChristodoulides | Nikos Christodoulides | نيكوس خريستودوليدس | خريستودوليدس | Christodoulides
+ HeadOfState CY 2023-02-28
AleksandarVucic | Aleksandar Vučić | ألكسندر فوتشيتش | فوتشيتش | Vucic
+ HeadOfState RS 2017-05-31
AlexanderStubb | Alexander Stubb | ألكسندر ستاب | | Stubb
+ HeadOfState FI 2024-03-01
# --- Asia-Pacific
KimJongUn | Kim Jong Un | كيم جونغ أون | كيم جونغ اون; كيم جونج أون; كيم جونغ-أون; كيم جونج اون | Kim Jong-un
+ HeadOfState KP 2011-12-17
KimJongIl | Kim Jong Il | كيم جونغ إيل | كيم جونغ ايل; كيم جونج إيل | Kim Jong-il
+ HeadOfState KP 1994-07-08 2011-12-17
KimYoJong | Kim Yo Jong | كيم يو جونغ | كيم يو جونج | Kim Yo-jong | g=f
RiYongHo | Ri Yong Ho | ري يونغ هو | ري يونج هو | Ri Yong-ho
+ ForeignMinister KP 2016-05-01 2020-01-18
ChoeSonHui | Choe Son Hui | تشوي سون هوي | تشوي سون هي | Choe Son-hui | g=f
+ ForeignMinister KP 2022-06-11
ParkGeunHye | Park Geun-hye | بارك غيون هي | بارك جيون هاي; بارك كون هيه | Park Geun-hye | g=f
+ HeadOfState KR 2013-02-25 2017-03-10
MoonJaeIn | Moon Jae-in | مون جاي إن | مون جاي ان; مون جيه إن | Moon Jae-in
+ HeadOfState KR 2017-05-10 2022-05-09
YoonSukYeol | Yoon Suk Yeol | يون سوك يول | يون سوك-يول; يون سيوك يول | Yoon Suk-yeol
+ HeadOfState KR 2022-05-10 2025-04-04
LeeJaeMyung | Lee Jae-myung | لي جاي ميونغ | لي جاي ميونج; لي جيه ميونغ | Lee Jae-myung
+ HeadOfState KR 2025-06-04
ShinzoAbe | Shinzo Abe | شينزو آبي | شينزو أبي | Abe
+ HeadOfGovernment JP 2006-09-26 2007-09-26
+ HeadOfGovernment JP 2012-12-26 2020-09-16
YoshihideSuga | Yoshihide Suga | يوشيهيدي سوغا | سوغا; يوشيهيدي سوجا | Suga
+ HeadOfGovernment JP 2020-09-16 2021-10-04
FumioKishida | Fumio Kishida | فوميو كيشيدا | كيشيدا | Kishida
+ HeadOfGovernment JP 2021-10-04 2024-10-01
+ ForeignMinister JP 2012-12-26 2017-08-03
ShigeruIshiba | Shigeru Ishiba | شيغيرو إيشيبا | إيشيبا; شيجيرو إيشيبا | Ishiba
+ HeadOfGovernment JP 2024-10-01 2025-10-21
SanaeTakaichi | Sanae Takaichi | ساناي تاكايتشي | تاكايتشي | Takaichi | g=f
+ HeadOfGovernment JP 2025-10-21
EmperorNaruhito | Naruhito | الإمبراطور ناروهيتو | ناروهيتو | Emperor Naruhito
+ HeadOfState JP 2019-05-01
NarendraModi | Narendra Modi | ناريندرا مودي | مودي; نارندرا مودي | Modi
+ HeadOfGovernment IN 2014-05-26
ManmohanSingh | Manmohan Singh | مانموهان سينغ | مانموهان سينج | Manmohan Singh
+ HeadOfGovernment IN 2004-05-22 2014-05-26
SubrahmanyamJaishankar | S. Jaishankar | سوبرامانيام جايشانكار | جايشانكار; سوبراهمانيام جايشانكار | Jaishankar
+ ForeignMinister IN 2019-05-30
SushmaSwaraj | Sushma Swaraj | سوشما سواراج | سواراج | Swaraj | g=f
+ ForeignMinister IN 2014-05-26 2019-05-30
RajnathSingh | Rajnath Singh | راجناث سينغ | راجناث سينج | Rajnath Singh
+ DefenseMinister IN 2019-05-31
DroupadiMurmu | Droupadi Murmu | دروبادي مورمو | | Murmu | g=f
+ HeadOfState IN 2022-07-25
RamNathKovind | Ram Nath Kovind | رام ناث كوفيند | | Kovind
+ HeadOfState IN 2017-07-25 2022-07-25
ImranKhan | Imran Khan | عمران خان | | Imran Khan
+ HeadOfGovernment PK 2018-08-18 2022-04-10
NawazSharif | Nawaz Sharif | نواز شريف | | Nawaz Sharif
+ HeadOfGovernment PK 2013-06-05 2017-07-28
ShahidKhaqanAbbasi | Shahid Khaqan Abbasi | شاهد خاقان عباسي | خاقان عباسي | Abbasi
+ HeadOfGovernment PK 2017-08-01 2018-05-31
ShehbazSharif | Shehbaz Sharif | شهباز شريف | | Shehbaz Sharif
+ HeadOfGovernment PK 2022-04-11 2023-08-14
+ HeadOfGovernment PK 2024-03-04
AsifAliZardari | Asif Ali Zardari | آصف علي زرداري | زرداري | Zardari
+ HeadOfState PK 2008-09-09 2013-09-09
+ HeadOfState PK 2024-03-10
ArifAlvi | Arif Alvi | عارف علوي | | Arif Alvi
+ HeadOfState PK 2018-09-09 2024-03-10
ShahMahmoodQureshi | Shah Mahmood Qureshi | شاه محمود قريشي | قريشي | Qureshi
+ ForeignMinister PK 2018-08-20 2022-04-10
BilawalBhuttoZardari | Bilawal Bhutto Zardari | بلاول بوتو زرداري | بلاول بوتو | Bilawal Bhutto
+ ForeignMinister PK 2022-04-27 2023-08-10
IshaqDar | Ishaq Dar | إسحاق دار | | Ishaq Dar
+ ForeignMinister PK 2024-03-11
AsimMunir | Asim Munir | عاصم منير | الجنرال عاصم منير; المشير عاصم منير | Asim Munir
+ Leader PakistaniArmedForces 2022-11-29
AshrafGhani | Ashraf Ghani | أشرف غني | محمد أشرف غني | Ghani
+ HeadOfState AF 2014-09-29 2021-08-15
HamidKarzai | Hamid Karzai | حامد كرزاي | كرزاي | Karzai
+ HeadOfState AF 2001-12-22 2014-09-29
AbdullahAbdullah | Abdullah Abdullah | عبد الله عبد الله | | Abdullah Abdullah
+ HeadOfGovernment AF 2014-09-29 2020-03-11
HibatullahAkhundzada | Hibatullah Akhundzada | هبة الله آخوند زاده | آخوند زاده; هبة الله أخوندزاده; هيبة الله آخوندزاده; الملا هبة الله آخوند زاده | Akhundzada
+ Leader Taliban 2016-05-25
+ HeadOfState AF 2021-08-15
MullahOmar | Mullah Omar | الملا عمر | الملا محمد عمر | Mullah Mohammad Omar
+ Leader Taliban 1994 2013-04-23
AkhtarMansour | Akhtar Mansour | أختر منصور | الملا أختر منصور; الملا اختر منصور | Mullah Akhtar Mansour
+ Leader Taliban 2015-07-29 2016-05-21
MohammadHassanAkhund | Mohammad Hasan Akhund | محمد حسن آخوند | الملا محمد حسن آخوند | Hasan Akhund
+ HeadOfGovernment AF 2021-09-07
AbdulGhaniBaradar | Abdul Ghani Baradar | عبد الغني برادر | الملا عبد الغني برادر; الملا برادر; برادر | Baradar
AmirKhanMuttaqi | Amir Khan Muttaqi | أمير خان متقي | متقي | Muttaqi
+ ForeignMinister AF 2021-09-07
SirajuddinHaqqani | Sirajuddin Haqqani | سراج الدين حقاني | حقاني | Haqqani
+ InteriorMinister AF 2021-09-07
ZabihullahMujahid | Zabihullah Mujahid | ذبيح الله مجاهد | | Mujahid
+ Spokesperson Taliban 2007
JokoWidodo | Joko Widodo | جوكو ويدودو | ويدودو | Jokowi
+ HeadOfState ID 2014-10-20 2024-10-20
PrabowoSubianto | Prabowo Subianto | برابوو سوبيانتو | سوبيانتو; برابو سوبيانتو | Prabowo
+ HeadOfState ID 2024-10-20
+ DefenseMinister ID 2019-10-23 2024-10-20
AnwarIbrahim | Anwar Ibrahim | أنور إبراهيم | | Anwar Ibrahim
+ HeadOfGovernment MY 2022-11-24
MahathirMohamad | Mahathir Mohamad | مهاتير محمد | مهاتير | Mahathir
+ HeadOfGovernment MY 2018-05-10 2020-03-01
RodrigoDuterte | Rodrigo Duterte | رودريغو دوتيرتي | دوتيرتي | Duterte
+ HeadOfState PH 2016-06-30 2022-06-30
FerdinandMarcosJr | Ferdinand Marcos Jr. | فرديناند ماركوس الابن | فرديناند ماركوس جونيور | Bongbong Marcos
+ HeadOfState PH 2022-06-30
AungSanSuuKyi | Aung San Suu Kyi | أونغ سان سو تشي | أونج سان سو تشي; سو تشي | Suu Kyi | g=f
MinAungHlaing | Min Aung Hlaing | مين أونغ هلاينغ | مين أونج هلاينج | Min Aung Hlaing
+ HeadOfGovernment MM 2021-08-01
+ HeadOfState MM 2024-07-22
SheikhHasina | Sheikh Hasina | الشيخة حسينة | الشيخة حسينة واجد; حسينة واجد | Sheikh Hasina | g=f
+ HeadOfGovernment BD 2009-01-06 2024-08-05
MuhammadYunus | Muhammad Yunus | محمد يونس | | Muhammad Yunus
+ HeadOfGovernment BD 2024-08-08
AnthonyAlbanese | Anthony Albanese | أنتوني ألبانيزي | ألبانيزي | Albanese
+ HeadOfGovernment AU 2022-05-23
ScottMorrison | Scott Morrison | سكوت موريسون | موريسون | Morrison
+ HeadOfGovernment AU 2018-08-24 2022-05-23
MalcolmTurnbull | Malcolm Turnbull | مالكولم تيرنبول | تيرنبول | Turnbull
+ HeadOfGovernment AU 2015-09-15 2018-08-24
JacindaArdern | Jacinda Ardern | جاسيندا أرديرن | أرديرن | Ardern | g=f
+ HeadOfGovernment NZ 2017-10-26 2023-01-25
# --- Americas
JustinTrudeau | Justin Trudeau | جاستن ترودو | ترودو | Trudeau
+ HeadOfGovernment CA 2015-11-04 2025-03-14
MarkCarney | Mark Carney | مارك كارني | كارني | Carney
+ HeadOfGovernment CA 2025-03-14
+ Leader BankOfEngland 2013-07-01 2020-03-15
StephenHarper | Stephen Harper | ستيفن هاربر | هاربر | Harper
+ HeadOfGovernment CA 2006-02-06 2015-11-04
NicolasMaduro | Nicolás Maduro | نيكولاس مادورو | مادورو | Maduro
+ HeadOfState VE 2013-03-05
HugoChavez | Hugo Chávez | هوغو تشافيز | تشافيز; هوجو شافيز; شافيز | Chavez
+ HeadOfState VE 1999-02-02 2013-03-05
JuanGuaido | Juan Guaidó | خوان غوايدو | غوايدو | Guaido
LulaDaSilva | Luiz Inácio Lula da Silva | لويس إيناسيو لولا دا سيلفا | لولا دا سيلفا; لويس إيناسيو لولا | Lula
+ HeadOfState BR 2003-01-01 2011-01-01
+ HeadOfState BR 2023-01-01
JairBolsonaro | Jair Bolsonaro | جايير بولسونارو | بولسونارو | Bolsonaro
+ HeadOfState BR 2019-01-01 2023-01-01
DilmaRousseff | Dilma Rousseff | ديلما روسيف | روسيف | Rousseff | g=f
+ HeadOfState BR 2011-01-01 2016-08-31
MichelTemer | Michel Temer | ميشال تامر | ميشيل تامر | Temer
+ HeadOfState BR 2016-08-31 2019-01-01
JavierMilei | Javier Milei | خافيير ميلي | ميلي | Milei
+ HeadOfState AR 2023-12-10
MauricioMacri | Mauricio Macri | ماوريسيو ماكري | ماكري | Macri
+ HeadOfState AR 2015-12-10 2019-12-10
AndresManuelLopezObrador | Andrés Manuel López Obrador | أندريس مانويل لوبيز أوبرادور | لوبيز أوبرادور; أوبرادور | AMLO; Lopez Obrador
+ HeadOfState MX 2018-12-01 2024-09-30
ClaudiaSheinbaum | Claudia Sheinbaum | كلوديا شينباوم | شينباوم | Sheinbaum | g=f
+ HeadOfState MX 2024-10-01
EnriquePenaNieto | Enrique Peña Nieto | إنريكي بينيا نييتو | بينيا نييتو | Pena Nieto
+ HeadOfState MX 2012-12-01 2018-11-30
MiguelDiazCanel | Miguel Díaz-Canel | ميغيل دياز كانيل | دياز كانيل | Diaz-Canel
+ HeadOfState CU 2018-04-19
RaulCastro | Raúl Castro | راؤول كاسترو | | Raul Castro
+ HeadOfState CU 2008-02-24 2018-04-19
GustavoPetro | Gustavo Petro | غوستافو بيترو | | Petro
+ HeadOfState CO 2022-08-07
# --- Africa
MuhammaduBuhari | Muhammadu Buhari | محمد بخاري | | Buhari
+ HeadOfState NG 2015-05-29 2023-05-29
BolaTinubu | Bola Tinubu | بولا تينوبو | تينوبو | Tinubu
+ HeadOfState NG 2023-05-29
JacobZuma | Jacob Zuma | جاكوب زوما | زوما | Zuma
+ HeadOfState ZA 2009-05-09 2018-02-14
CyrilRamaphosa | Cyril Ramaphosa | سيريل رامافوزا | رامافوزا; سيريل رامابوزا | Ramaphosa
+ HeadOfState ZA 2018-02-15
WilliamRuto | William Ruto | وليام روتو | روتو; ويليام روتو | Ruto
+ HeadOfState KE 2022-09-13
IdrissDeby | Idriss Déby | إدريس ديبي | إدريس ديبي إتنو | Idriss Deby
+ HeadOfState TD 1990-12-02 2021-04-20
MahamatDeby | Mahamat Déby | محمد إدريس ديبي | محمد ديبي; محمد إدريس ديبي إتنو | Mahamat Idriss Deby
+ HeadOfState TD 2021-04-20
AssimiGoita | Assimi Goïta | عاصمي غويتا | غويتا; أسيمي غويتا | Goita
+ HeadOfState ML 2021-05-24
MohamedBazoum | Mohamed Bazoum | محمد بازوم | بازوم | Bazoum
+ HeadOfState NE 2021-04-02 2023-07-26
AbdourahamaneTiani | Abdourahamane Tchiani | عبد الرحمن تياني | تياني; عبد الرحمن تشياني | Tiani
+ HeadOfState NE 2023-07-26
IbrahimTraore | Ibrahim Traoré | إبراهيم تراوري | تراوري | Traore
+ HeadOfState BF 2022-09-30
PaulKagame | Paul Kagame | بول كاغامي | كاغامي | Kagame
+ HeadOfState RW 2000-03-24
FelixTshisekedi | Félix Tshisekedi | فيليكس تشيسيكيدي | تشيسيكيدي | Tshisekedi
+ HeadOfState CD 2019-01-24
# --- United Nations and agencies (more): Secretaries-General, High Commissioners, agency heads,
# envoys, humanitarian coordinators, spokespeople
BoutrosBoutrosGhali | Boutros Boutros-Ghali | بطرس بطرس غالي | بطرس غالي | Boutros-Ghali
+ SecretaryGeneral UnitedNations 1992-01-01 1996-12-31
AminaMohammed | Amina Mohammed | أمينة محمد | | Amina J. Mohammed | g=f
NaviPillay | Navi Pillay | نافي بيلاي | بيلاي | Pillay | g=f
+ Leader OHCHR 2008-09-01 2014-08-31
ZeidRaadAlHussein | Zeid Ra'ad Al Hussein | زيد رعد الحسين | الأمير زيد بن رعد; زيد بن رعد الحسين; الأمير زيد رعد الحسين | Zeid Ra'ad al-Hussein
+ Leader OHCHR 2014-09-01 2018-08-31
ValerieAmos | Valerie Amos | فاليري آموس | فاليري أموس | Valerie Amos | g=f
+ Leader OCHA 2010-09-01 2015-05-29
StephenOBrien | Stephen O'Brien | ستيفن أوبراين | | Stephen O'Brien
+ Leader OCHA 2015-05-29 2017-08-31
MarkLowcock | Mark Lowcock | مارك لوكوك | لوكوك; مارك لوكوك | Lowcock
+ Leader OCHA 2017-09-01 2021-06-30
MargaretChan | Margaret Chan | مارغريت تشان | | Margaret Chan | g=f
+ Leader WHO 2007-01-04 2017-06-30
AnthonyLake | Anthony Lake | أنتوني ليك | | Anthony Lake
+ Leader UNICEF 2010-05-01 2017-12-31
HenriettaFore | Henrietta Fore | هنرييتا فور | | Henrietta Fore | g=f
+ Leader UNICEF 2018-01-01 2021-12-31
CatherineRussell | Catherine Russell | كاثرين راسل | | Catherine Russell | g=f
+ Leader UNICEF 2022-02-01
ErtharinCousin | Ertharin Cousin | إرثارين كازين | | Ertharin Cousin | g=f
+ Leader WFP 2012-04-05 2017-04-04
CindyMcCain | Cindy McCain | سيندي ماكين | | Cindy McCain | g=f
+ Leader WFP 2023-04-05
PierreKrahenbuhl | Pierre Krähenbühl | بيير كرينبول | كرينبول | Krahenbuhl
+ Leader UNRWA 2014-03-30 2019-11-06
AchimSteiner | Achim Steiner | أخيم شتاينر | شتاينر | Steiner
+ Leader UNDP 2017-06-19 2025-06-15
HelenClark | Helen Clark | هيلين كلارك | | Helen Clark | g=f
+ Leader UNDP 2009-04-17 2017-04-19
+ HeadOfGovernment NZ 1999-12-05 2008-11-19
IrinaBokova | Irina Bokova | إيرينا بوكوفا | بوكوفا | Bokova | g=f
+ Leader UNESCO 2009-11-15 2017-11-15
AudreyAzoulay | Audrey Azoulay | أودري أزولاي | أزولاي | Azoulay | g=f
+ Leader UNESCO 2017-11-15 2025-11-14
KhaledElEnany | Khaled El-Enany | خالد العناني | | El-Enany
+ Leader UNESCO 2025-11-15
RobertoAzevedo | Roberto Azevêdo | روبرتو أزيفيدو | أزيفيدو | Azevedo
+ Leader WTO 2013-09-01 2020-08-31
DominiqueStraussKahn | Dominique Strauss-Kahn | دومينيك ستروس كان | ستروس كان | Strauss-Kahn
+ Leader IMF 2007-11-01 2011-05-18
RobertZoellick | Robert Zoellick | روبرت زوليك | زوليك | Zoellick
+ Leader WorldBank 2007-07-01 2012-06-30
AbdallahElBadri | Abdalla Salem El-Badri | عبد الله سالم البدري | عبد الله البدري | El-Badri
+ SecretaryGeneral OPEC 2007-01-01 2016-07-31
FernandoArias | Fernando Arias | فرناندو أرياس | | Fernando Arias
+ Leader OPCW 2018-07-25 2025-07-24
LuisMorenoOcampo | Luis Moreno Ocampo | لويس مورينو أوكامبو | أوكامبو | Moreno Ocampo
TarekMitri | Tarek Mitri | طارق متري | | Tarek Mitri
MohammedAlHassan | Mohamed Al Hassan | محمد الحسان | | Mohamed Al Hassan
ChristineSchranerBurgener | Christine Schraner Burgener | كريستين شرانر بورغنر | | Schraner Burgener | g=f
NoeleenHeyzer | Noeleen Heyzer | نولين هيزر | | Noeleen Heyzer | g=f
YacoubElHillo | Yacoub El Hillo | يعقوب الحلو | | El Hillo
LiseGrande | Lise Grande | ليز غراندي | | Lise Grande | g=f
DavidGressly | David Gressly | ديفيد غريسلي | غريسلي | Gressly
JamieMcGoldrick | Jamie McGoldrick | جيمي ماكغولدريك | ماكغولدريك | McGoldrick
SigridKaag | Sigrid Kaag | سيغريد كاغ | | Kaag | g=f
RobertSerry | Robert Serry | روبرت سيري | | Robert Serry
ChristopherRoss | Christopher Ross | كريستوفر روس | | Christopher Ross
HorstKoehler | Horst Köhler | هورست كولر | | Horst Kohler
DeborahLyons | Deborah Lyons | ديبورا ليونز | | Deborah Lyons | g=f
RozaOtunbayeva | Roza Otunbayeva | روزا أوتونباييفا | أوتونباييفا | Otunbayeva | g=f
VolkerPerthes | Volker Perthes | فولكر بيرتس | بيرتس | Perthes
TarikJasarevic | Tarik Jasarevic | طارق ياساريفيتش | طارق جاساريفيتش | Jasarevic
ChristianLindmeier | Christian Lindmeier | كريستيان ليندماير | ليندماير | Lindmeier
JensLaerke | Jens Laerke | ينس لاركه | ينس لايركه | Laerke
+ Spokesperson OCHA
JamesElder | James Elder | جيمس إلدر | | James Elder
+ Spokesperson UNICEF
RupertColville | Rupert Colville | روبرت كولفيل | كولفيل | Colville
RavinaShamdasani | Ravina Shamdasani | رافينا شامداساني | شامداساني | Shamdasani | g=f
JulietteTouma | Juliette Touma | جولييت توما | | Juliette Touma | g=f
AdnanAbuHasna | Adnan Abu Hasna | عدنان أبو حسنة | أبو حسنة | Abu Hasna
+ Spokesperson UNRWA
ChrisGunness | Chris Gunness | كريس غانيس | غانيس | Gunness
+ Spokesperson UNRWA 2007 2020
FatihBirol | Fatih Birol | فاتح بيرول | بيرول | Birol
+ Leader IEA 2015-09-01
KlausSchwab | Klaus Schwab | كلاوس شواب | شواب | Schwab
+ Leader WEF 1971 2025-04
BorgeBrende | Børge Brende | بورغه برينده | برينده | Brende
+ Leader WEF 2017-10
SeppBlatter | Sepp Blatter | جوزيف بلاتر | بلاتر; سيب بلاتر | Blatter
+ Leader FIFA 1998-06-08 2015-12-21
GianniInfantino | Gianni Infantino | جياني إنفانتينو | إنفانتينو; جاني إنفانتينو; جياني انفانتينو | Infantino
+ Leader FIFA 2016-02-26
ThomasBach | Thomas Bach | توماس باخ | | Thomas Bach
+ Leader IOC 2013-09-10 2025-06-23
KirstyCoventry | Kirsty Coventry | كيرستي كوفنتري | | Kirsty Coventry | g=f
+ Leader IOC 2025-06-23
AleksanderCeferin | Aleksander Čeferin | ألكسندر تشيفيرين | تشيفيرين | Ceferin
+ Leader UEFA 2016-09-14
MichelPlatini | Michel Platini | ميشيل بلاتيني | بلاتيني | Platini
+ Leader UEFA 2007-01-26 2015-10-08
PeterMaurer | Peter Maurer | بيتر ماورر | | Peter Maurer
+ Leader ICRC 2012-07-01 2022-09-30
MirjanaSpoljaric | Mirjana Spoljaric | ميريانا سبولياريتش | سبولياريتش | Spoljaric | g=f
+ Leader ICRC 2022-10-01
AgnesCallamard | Agnès Callamard | أنييس كالامار | كالامار | Callamard | g=f
+ SecretaryGeneral AmnestyInternational 2021-03-29
KennethRoth | Kenneth Roth | كينيث روث | | Kenneth Roth
+ Leader HumanRightsWatch 1993 2022-08-31
EkmeleddinIhsanoglu | Ekmeleddin İhsanoğlu | أكمل الدين إحسان أوغلو | إحسان أوغلو | Ihsanoglu
+ SecretaryGeneral OIC 2005-01-01 2013-12-31
IyadMadani | Iyad Madani | إياد مدني | | Iyad Madani
+ SecretaryGeneral OIC 2014-01-01 2016-10-31
YousefAlOthaimeen | Yousef Al-Othaimeen | يوسف العثيمين | العثيمين | Al-Othaimeen
+ SecretaryGeneral OIC 2016-11-01 2021-11-16
FarahDakhlallah | Farah Dakhlallah | فرح دخل الله | | Farah Dakhlallah | g=f
PietroParolin | Pietro Parolin | بيترو بارولين | الكاردينال بيترو بارولين; بارولين | Parolin
PatriarchBartholomew | Patriarch Bartholomew | البطريرك برثلماوس | البطريرك برثلماوس الأول | Bartholomew I
DalaiLama | Dalai Lama | الدالاي لاما | الدلاي لاما | Dalai Lama
JustinWelby | Justin Welby | جاستن ويلبي | | Justin Welby
AbdullahBinBayyah | Abdullah bin Bayyah | عبد الله بن بيه | الشيخ عبد الله بن بيه | bin Bayyah
# --- Ukraine, Caucasus, Central Asia (more)
YuliaTymoshenko | Yulia Tymoshenko | يوليا تيموشينكو | تيموشينكو; يوليا تيموشنكو | Tymoshenko | g=f
+ HeadOfGovernment UA 2007-12-18 2010-03-04
OleksandrTurchynov | Oleksandr Turchynov | أولكسندر تورتشينوف | تورتشينوف; ألكسندر تورتشينوف | Turchynov
+ HeadOfState UA 2014-02-23 2014-06-07
VitaliKlitschko | Vitali Klitschko | فيتالي كليتشكو | كليتشكو | Klitschko
ArsenAvakov | Arsen Avakov | أرسين أفاكوف | أفاكوف | Avakov
+ InteriorMinister UA 2014-02-22 2021-07-15
KyryloBudanov | Kyrylo Budanov | كيريلو بودانوف | بودانوف; كيريل بودانوف | Budanov
StepanPoltorak | Stepan Poltorak | ستيبان بولتوراك | بولتوراك | Poltorak
+ DefenseMinister UA 2014-10-14 2019-08-29
OleksiiDanilov | Oleksii Danilov | أوليكسي دانيلوف | دانيلوف | Danilov
RuslanStefanchuk | Ruslan Stefanchuk | رسلان ستيفانتشوك | ستيفانتشوك | Stefanchuk
+ Leader VerkhovnaRada 2021-10-08
ViktorMedvedchuk | Viktor Medvedchuk | فيكتور ميدفيدتشوك | ميدفيدتشوك | Medvedchuk
DenisPushilin | Denis Pushilin | دينيس بوشيلين | بوشيلين | Pushilin
LeonidPasechnik | Leonid Pasechnik | ليونيد باسيتشنيك | باسيتشنيك | Pasechnik
VladimirSaldo | Vladimir Saldo | فلاديمير سالدو | سالدو | Saldo
AlexanderZakharchenko | Alexander Zakharchenko | ألكسندر زاخارتشينكو | زاخارتشينكو | Zakharchenko
EmomaliRahmon | Emomali Rahmon | إمام علي رحمن | إمام علي رحمون; إمام علي رحمانوف | Rahmon
+ HeadOfState TJ 1994-11-16
SadyrJaparov | Sadyr Japarov | صدر جاباروف | جاباروف | Japarov
+ HeadOfState KG 2021-01-28
GurbangulyBerdimuhamedow | Gurbanguly Berdimuhamedow | قربان قولي بردي محمدوف | | Gurbanguly Berdimuhamedov
+ HeadOfState TM 2007-02-14 2022-03-19
SerdarBerdimuhamedow | Serdar Berdimuhamedow | سردار بردي محمدوف | | Serdar Berdimuhamedov
+ HeadOfState TM 2022-03-19
IslamKarimov | Islam Karimov | إسلام كريموف | كريموف | Karimov
+ HeadOfState UZ 1991-09-01 2016-09-02
MikheilSaakashvili | Mikheil Saakashvili | ميخائيل ساكاشفيلي | ساكاشفيلي | Saakashvili
+ HeadOfState GE 2004-01-25 2013-11-17
IrakliKobakhidze | Irakli Kobakhidze | إيراكلي كوباخيدزه | كوباخيدزه | Kobakhidze
+ HeadOfGovernment GE 2024-02-08
BidzinaIvanishvili | Bidzina Ivanishvili | بيدزينا إيفانيشفيلي | إيفانيشفيلي | Ivanishvili
SalomeZourabichvili | Salome Zourabichvili | سالومي زورابيشفيلي | زورابيشفيلي | Zourabichvili | g=f
+ HeadOfState GE 2018-12-16 2024-12-29
MikheilKavelashvili | Mikheil Kavelashvili | ميخائيل كافيلاشفيلي | كافيلاشفيلي | Kavelashvili
+ HeadOfState GE 2024-12-29
SerzhSargsyan | Serzh Sargsyan | سيرج سركيسيان | | Serzh Sargsyan
+ HeadOfState AM 2008-04-09 2018-04-09
ArmenSarkissian | Armen Sarkissian | أرمين سركيسيان | | Armen Sarkissian
+ HeadOfState AM 2018-04-09 2022-02-01
JeyhunBayramov | Jeyhun Bayramov | جيهون بيراموف | بيراموف | Bayramov
+ ForeignMinister AZ 2020-07-16
ElmarMammadyarov | Elmar Mammadyarov | إلمار محمدياروف | محمدياروف | Mammadyarov
+ ForeignMinister AZ 2004-04-02 2020-07-16
AraratMirzoyan | Ararat Mirzoyan | أرارات ميرزويان | ميرزويان | Mirzoyan
+ ForeignMinister AM 2021-08-19
MaiaSandu | Maia Sandu | مايا ساندو | ساندو | Sandu | g=f
+ HeadOfState MD 2020-12-24
VladimirMakei | Vladimir Makei | فلاديمير ماكي | | Makei
+ ForeignMinister BY 2012-08-20 2022-11-26
# --- Europe (more)
SilvioBerlusconi | Silvio Berlusconi | سيلفيو برلسكوني | برلسكوني; سيلفيو بيرلسكوني | Berlusconi
+ HeadOfGovernment IT 2008-05-08 2011-11-16
MarioMonti | Mario Monti | ماريو مونتي | مونتي | Monti
+ HeadOfGovernment IT 2011-11-16 2013-04-28
EnricoLetta | Enrico Letta | إنريكو ليتا | | Letta
+ HeadOfGovernment IT 2013-04-28 2014-02-22
GiorgioNapolitano | Giorgio Napolitano | جورجو نابوليتانو | جورجيو نابوليتانو | Napolitano
+ HeadOfState IT 2006-05-15 2015-01-14
AngelinoAlfano | Angelino Alfano | أنجلينو ألفانو | ألفانو | Alfano
+ InteriorMinister IT 2013-04-28 2016-12-12
+ ForeignMinister IT 2016-12-12 2018-06-01
FrancoFrattini | Franco Frattini | فرانكو فراتيني | فراتيني | Frattini
+ ForeignMinister IT 2008-05-08 2011-11-16
EmmaBonino | Emma Bonino | إيما بونينو | بونينو | Bonino | g=f
+ ForeignMinister IT 2013-04-28 2014-02-22
MarcoMinniti | Marco Minniti | ماركو مينيتي | مينيتي | Minniti
+ InteriorMinister IT 2016-12-12 2018-06-01
LucianaLamorgese | Luciana Lamorgese | لوتشيانا لامورغيزي | لامورغيزي | Lamorgese | g=f
+ InteriorMinister IT 2019-09-05 2022-10-22
MatteoPiantedosi | Matteo Piantedosi | ماتيو بيانتيدوسي | بيانتيدوسي | Piantedosi
+ InteriorMinister IT 2022-10-22
GuidoCrosetto | Guido Crosetto | غويدو كروزيتو | كروزيتو | Crosetto
+ DefenseMinister IT 2022-10-22
JoseLuisRodriguezZapatero | José Luis Rodríguez Zapatero | خوسيه لويس رودريغيث ثاباتيرو | ثاباتيرو; خوسيه لويس ثاباتيرو; زاباتيرو | Zapatero
+ HeadOfGovernment ES 2004-04-17 2011-12-21
JuanCarlosI | Juan Carlos I | الملك خوان كارلوس | خوان كارلوس الأول | King Juan Carlos
+ HeadOfState ES 1975-11-22 2014-06-19
JoseManuelGarciaMargallo | José Manuel García-Margallo | خوسيه مانويل غارسيا مارغالو | غارسيا مارغالو | Garcia-Margallo
+ ForeignMinister ES 2011-12-22 2016-11-04
AlfonsoDastis | Alfonso Dastis | ألفونسو داستيس | داستيس | Dastis
+ ForeignMinister ES 2016-11-04 2018-06-07
AranchaGonzalezLaya | Arancha González Laya | أرانشا غونزاليس لايا | غونزاليس لايا | Gonzalez Laya | g=f
+ ForeignMinister ES 2020-01-13 2021-07-12
MargaritaRobles | Margarita Robles | مارغريتا روبليس | روبليس | Robles | g=f
+ DefenseMinister ES 2018-06-07
FernandoGrandeMarlaska | Fernando Grande-Marlaska | فرناندو غراندي مارلاسكا | غراندي مارلاسكا | Grande-Marlaska
+ InteriorMinister ES 2018-06-07
CarlesPuigdemont | Carles Puigdemont | كارليس بوتشيمون | بوتشيمون | Puigdemont
SantiagoAbascal | Santiago Abascal | سانتياغو أباسكال | أباسكال | Abascal
PabloIglesias | Pablo Iglesias | بابلو إغليسياس | | Pablo Iglesias
AlexanderDeCroo | Alexander De Croo | ألكسندر دي كرو | دي كرو | De Croo
+ HeadOfGovernment BE 2020-10-01 2025-02-03
BartDeWever | Bart De Wever | بارت دي ويفر | دي ويفر | De Wever
+ HeadOfGovernment BE 2025-02-03
KingPhilippeOfBelgium | King Philippe of Belgium | الملك فيليب | ملك بلجيكا فيليب | King Philippe
+ HeadOfState BE 2013-07-21
GeertWilders | Geert Wilders | خيرت فيلدرز | فيلدرز; جيرت فيلدرز | Wilders
WillemAlexander | Willem-Alexander | الملك فيليم ألكسندر | فيليم ألكسندر; الملك ويليام ألكسندر | King Willem-Alexander
+ HeadOfState NL 2013-04-30
WopkeHoekstra | Wopke Hoekstra | فوبكه هوكسترا | هوكسترا | Hoekstra
+ ForeignMinister NL 2022-01-10 2023-08-29
StefanLofven | Stefan Löfven | ستيفان لوفين | لوفين | Lofven
+ HeadOfGovernment SE 2014-10-03 2021-11-30
MagdalenaAndersson | Magdalena Andersson | ماغدالينا أندرسون | | Magdalena Andersson | g=f
+ HeadOfGovernment SE 2021-11-30 2022-10-18
UlfKristersson | Ulf Kristersson | أولف كريسترسون | كريسترسون | Kristersson
+ HeadOfGovernment SE 2022-10-18
MargotWallstrom | Margot Wallström | مارغوت فالستروم | فالستروم | Wallstrom | g=f
+ ForeignMinister SE 2014-10-03 2019-09-10
AnnLinde | Ann Linde | آن ليندي | | Ann Linde | g=f
+ ForeignMinister SE 2019-09-10 2022-10-18
TobiasBillstrom | Tobias Billström | توبياس بيلستروم | بيلستروم | Billstrom
+ ForeignMinister SE 2022-10-18 2024-09-10
MariaMalmerStenergard | Maria Malmer Stenergard | ماريا مالمر ستينرغارد | ستينرغارد | Malmer Stenergard | g=f
+ ForeignMinister SE 2024-09-10
ErnaSolberg | Erna Solberg | إرنا سولبرغ | سولبرغ | Solberg | g=f
+ HeadOfGovernment NO 2013-10-16 2021-10-14
JonasGahrStore | Jonas Gahr Støre | يوناس غار ستوره | غار ستوره; يوناس غار ستور | Store
+ HeadOfGovernment NO 2021-10-14
+ ForeignMinister NO 2005-10-17 2012-09-21
MetteFrederiksen | Mette Frederiksen | ميته فريدريكسن | فريدريكسن; ميتي فريدريكسن | Frederiksen | g=f
+ HeadOfGovernment DK 2019-06-27
LarsLokkeRasmussen | Lars Løkke Rasmussen | لارس لوكه راسموسن | لارس لوكي راسموسن | Lars Lokke Rasmussen
+ HeadOfGovernment DK 2009-04-05 2011-10-03
+ HeadOfGovernment DK 2015-06-28 2019-06-27
+ ForeignMinister DK 2022-12-15
HelleThorningSchmidt | Helle Thorning-Schmidt | هيله ثورنينغ شميت | ثورنينغ شميت | Thorning-Schmidt | g=f
+ HeadOfGovernment DK 2011-10-03 2015-06-28
SauliNiinisto | Sauli Niinistö | ساولي نينيستو | نينيستو | Niinisto
+ HeadOfState FI 2012-03-01 2024-03-01
SannaMarin | Sanna Marin | سانا مارين | | Sanna Marin | g=f
+ HeadOfGovernment FI 2019-12-10 2023-06-20
PetteriOrpo | Petteri Orpo | بيتيري أوربو | أوربو | Orpo
+ HeadOfGovernment FI 2023-06-20
SebastianKurz | Sebastian Kurz | سيباستيان كورتس | كورتس; سيباستيان كورتز | Kurz
+ HeadOfGovernment AT 2017-12-18 2019-05-28
+ HeadOfGovernment AT 2020-01-07 2021-10-11
+ ForeignMinister AT 2013-12-16 2017-12-18
AlexanderVanDerBellen | Alexander Van der Bellen | ألكسندر فان دير بيلن | فان دير بيلن | Van der Bellen
+ HeadOfState AT 2017-01-26
KarlNehammer | Karl Nehammer | كارل نيهامر | نيهامر | Nehammer
+ HeadOfGovernment AT 2021-12-06 2025-03-03
ChristianStocker | Christian Stocker | كريستيان شتوكر | شتوكر | Stocker
+ HeadOfGovernment AT 2025-03-03
HerbertKickl | Herbert Kickl | هربرت كيكل | كيكل | Kickl
IgnazioCassis | Ignazio Cassis | إينياتسيو كاسيس | كاسيس | Cassis
+ ForeignMinister CH 2017-11-01
MarceloRebeloDeSousa | Marcelo Rebelo de Sousa | مارسيلو ريبيلو دي سوزا | ريبيلو دي سوزا | Rebelo de Sousa
+ HeadOfState PT 2016-03-09
LuisMontenegro | Luís Montenegro | لويس مونتينيغرو | | Luis Montenegro
+ HeadOfGovernment PT 2024-04-02
AntonisSamaras | Antonis Samaras | أنطونيس ساماراس | ساماراس | Samaras
+ HeadOfGovernment GR 2012-06-20 2015-01-26
NikosDendias | Nikos Dendias | نيكوس ديندياس | ديندياس | Dendias
+ ForeignMinister GR 2019-07-09 2023-06-26
+ DefenseMinister GR 2023-06-27
GiorgosGerapetritis | Giorgos Gerapetritis | جورج جيرابيتريتيس | جيرابيتريتيس; يورغوس جيرابيتريتيس | Gerapetritis
+ ForeignMinister GR 2023-06-27
YanisVaroufakis | Yanis Varoufakis | يانيس فاروفاكيس | فاروفاكيس | Varoufakis
+ FinanceMinister GR 2015-01-27 2015-07-06
RadoslawSikorski | Radosław Sikorski | رادوسلاف سيكورسكي | سيكورسكي | Sikorski
+ ForeignMinister PL 2007-11-16 2014-09-22
+ ForeignMinister PL 2023-12-13
JaroslawKaczynski | Jarosław Kaczyński | ياروسلاف كاتشينسكي | كاتشينسكي | Kaczynski
AndrejBabis | Andrej Babiš | أندريه بابيش | بابيش | Babis
+ HeadOfGovernment CZ 2017-12-06 2021-11-28
+ HeadOfGovernment CZ 2025-12-09
PetrFiala | Petr Fiala | بيتر فيالا | فيالا | Fiala
+ HeadOfGovernment CZ 2021-11-28 2025-12-09
RobertFico | Robert Fico | روبرت فيكو | فيكو | Fico
+ HeadOfGovernment SK 2006-07-04 2010-07-08
+ HeadOfGovernment SK 2012-04-04 2018-03-22
+ HeadOfGovernment SK 2023-10-25
KlausIohannis | Klaus Iohannis | كلاوس يوهانيس | يوهانيس | Iohannis
+ HeadOfState RO 2014-12-21 2025-02-12
NicusorDan | Nicușor Dan | نيكوشور دان | | Nicusor Dan
+ HeadOfState RO 2025-05-26
BoykoBorisov | Boyko Borisov | بويكو بوريسوف | بوريسوف | Borisov
LeoVaradkar | Leo Varadkar | ليو فارادكار | فارادكار | Varadkar
+ HeadOfGovernment IE 2017-06-14 2020-06-27
+ HeadOfGovernment IE 2022-12-17 2024-04-09
MichealMartin | Micheál Martin | ميهول مارتن | مايكل مارتن | Micheal Martin
+ HeadOfGovernment IE 2020-06-27 2022-12-17
+ HeadOfGovernment IE 2025-01-23
SimonHarris | Simon Harris | سايمون هاريس | | Simon Harris
+ HeadOfGovernment IE 2024-04-09 2025-01-23
MichaelDHiggins | Michael D. Higgins | مايكل دي هيغنز | مايكل هيغنز | Higgins
+ HeadOfState IE 2011-11-11 2025-11-11
CatherineConnolly | Catherine Connolly | كاثرين كونولي | | Catherine Connolly | g=f
+ HeadOfState IE 2025-11-11
GitanasNauseda | Gitanas Nausėda | غيتاناس ناوسيدا | ناوسيدا | Nauseda
+ HeadOfState LT 2019-07-12
# --- Japan, Korea, South and Southeast Asia, Oceania (more)
YoshihikoNoda | Yoshihiko Noda | يوشيهيكو نودا | | Noda
+ HeadOfGovernment JP 2011-09-02 2012-12-26
NaotoKan | Naoto Kan | ناوتو كان | | Naoto Kan
+ HeadOfGovernment JP 2010-06-08 2011-09-02
YukioHatoyama | Yukio Hatoyama | يوكيو هاتوياما | هاتوياما | Hatoyama
+ HeadOfGovernment JP 2009-09-16 2010-06-08
TaroKono | Taro Kono | تارو كونو | | Taro Kono
+ ForeignMinister JP 2017-08-03 2019-09-11
+ DefenseMinister JP 2019-09-11 2020-09-16
ToshimitsuMotegi | Toshimitsu Motegi | توشيميتسو موتيغي | موتيغي | Motegi
+ ForeignMinister JP 2019-09-11 2021-11-10
+ ForeignMinister JP 2025-10-21
YoshimasaHayashi | Yoshimasa Hayashi | يوشيماسا هاياشي | هاياشي | Hayashi
+ ForeignMinister JP 2021-11-10 2023-09-13
YokoKamikawa | Yoko Kamikawa | يوكو كاميكاوا | كاميكاوا | Kamikawa | g=f
+ ForeignMinister JP 2023-09-13 2024-10-01
TakeshiIwaya | Takeshi Iwaya | تاكيشي إيوايا | إيوايا | Iwaya
+ ForeignMinister JP 2024-10-01 2025-10-21
EmperorAkihito | Akihito | الإمبراطور أكيهيتو | أكيهيتو | Emperor Akihito
+ HeadOfState JP 1989-01-07 2019-04-30
LeeMyungBak | Lee Myung-bak | لي ميونغ باك | لي ميونج باك | Lee Myung-bak
+ HeadOfState KR 2008-02-25 2013-02-24
HanDuckSoo | Han Duck-soo | هان دوك سو | هان دوك-سو | Han Duck-soo
+ HeadOfGovernment KR 2022-05-21 2025-05-01
KangKyungWha | Kang Kyung-wha | كانغ كيونغ وا | كانغ كيونغ-وا | Kang Kyung-wha | g=f
+ ForeignMinister KR 2017-06-18 2021-02-08
PranabMukherjee | Pranab Mukherjee | براناب موخيرجي | براناب موخيرجى | Mukherjee
+ HeadOfState IN 2012-07-25 2017-07-25
RahulGandhi | Rahul Gandhi | راهول غاندي | | Rahul Gandhi
SoniaGandhi | Sonia Gandhi | سونيا غاندي | | Sonia Gandhi | g=f
AmitShah | Amit Shah | أميت شاه | | Amit Shah
+ InteriorMinister IN 2019-05-30
NirmalaSitharaman | Nirmala Sitharaman | نيرمالا سيتارامان | سيتارامان | Sitharaman | g=f
+ FinanceMinister IN 2019-05-31
+ DefenseMinister IN 2017-09-03 2019-05-30
ArunJaitley | Arun Jaitley | أرون جايتلي | جايتلي | Jaitley
+ FinanceMinister IN 2014-05-26 2019-05-30
AjitDoval | Ajit Doval | أجيت دوفال | دوفال | Doval
YogiAdityanath | Yogi Adityanath | يوغي أديتياناث | أديتياناث | Adityanath
MukeshAmbani | Mukesh Ambani | موكيش أمباني | أمباني | Ambani
GautamAdani | Gautam Adani | غوتام أداني | أداني | Adani
YousafRazaGillani | Yousaf Raza Gillani | يوسف رضا جيلاني | | Gillani
+ HeadOfGovernment PK 2008-03-25 2012-06-19
RajaPervaizAshraf | Raja Pervaiz Ashraf | راجا برويز أشرف | | Raja Pervaiz Ashraf
+ HeadOfGovernment PK 2012-06-22 2013-03-25
AnwaarUlHaqKakar | Anwaar-ul-Haq Kakar | أنوار الحق كاكار | كاكار | Kakar
+ HeadOfGovernment PK 2023-08-14 2024-03-04
MamnoonHussain | Mamnoon Hussain | ممنون حسين | | Mamnoon Hussain
+ HeadOfState PK 2013-09-09 2018-09-09
QamarJavedBajwa | Qamar Javed Bajwa | قمر جاويد باجوا | باجوا | Bajwa
+ Leader PakistaniArmedForces 2016-11-29 2022-11-29
RaheelSharif | Raheel Sharif | راحيل شريف | | Raheel Sharif
+ Leader PakistaniArmedForces 2013-11-29 2016-11-29
KhawajaAsif | Khawaja Asif | خواجة آصف | خواجة محمد آصف | Khawaja Asif
+ DefenseMinister PK 2013-11-26 2017-07-28
+ ForeignMinister PK 2017-08-04 2018-04-26
+ DefenseMinister PK 2022-04-19 2023-08-10
+ DefenseMinister PK 2024-03-11
PervezMusharraf | Pervez Musharraf | برويز مشرف | الجنرال برويز مشرف | Musharraf
+ HeadOfState PK 2001-06-20 2008-08-18
BenazirBhutto | Benazir Bhutto | بينظير بوتو | بي نظير بوتو | Benazir Bhutto | g=f
MalalaYousafzai | Malala Yousafzai | ملالا يوسفزاي | ملالا; ملالا يوسف زاي | Malala | g=f
HinaRabbaniKhar | Hina Rabbani Khar | حنا رباني خار | هنا رباني خار | Hina Rabbani Khar | g=f
+ ForeignMinister PK 2011-07-19 2013-03-16
AmrullahSaleh | Amrullah Saleh | أمر الله صالح | | Amrullah Saleh
+ VicePresident AF 2020-03-09 2021-08-15
AbdulRashidDostum | Abdul Rashid Dostum | عبد الرشيد دوستم | دوستم | Dostum
+ VicePresident AF 2014-09-29 2020-03-09
GulbuddinHekmatyar | Gulbuddin Hekmatyar | قلب الدين حكمتيار | حكمتيار | Hekmatyar
AhmadMassoud | Ahmad Massoud | أحمد مسعود | | Ahmad Massoud
SuhailShaheen | Suhail Shaheen | سهيل شاهين | | Suhail Shaheen
MohammadYaqoob | Mohammad Yaqoob | محمد يعقوب | الملا محمد يعقوب; الملا يعقوب | Mullah Yaqoob
+ DefenseMinister AF 2021-09-07
HamdullahMohib | Hamdullah Mohib | حمد الله محب | | Mohib
SalahuddinRabbani | Salahuddin Rabbani | صلاح الدين رباني | | Salahuddin Rabbani
+ ForeignMinister AF 2015-01-28 2019-01-20
BurhanuddinRabbani | Burhanuddin Rabbani | برهان الدين رباني | | Burhanuddin Rabbani
KhaledaZia | Khaleda Zia | خالدة ضياء | | Khaleda Zia | g=f
TheinSein | Thein Sein | ثين سين | | Thein Sein
+ HeadOfState MM 2011-03-30 2016-03-30
MahindaRajapaksa | Mahinda Rajapaksa | ماهيندا راجاباكسا | | Mahinda Rajapaksa
+ HeadOfState LK 2005-11-19 2015-01-09
GotabayaRajapaksa | Gotabaya Rajapaksa | غوتابايا راجاباكسا | | Gotabaya Rajapaksa
+ HeadOfState LK 2019-11-18 2022-07-14
SusiloBambangYudhoyono | Susilo Bambang Yudhoyono | سوسيلو بامبانغ يودويونو | يودويونو | Yudhoyono
+ HeadOfState ID 2004-10-20 2014-10-20
RetnoMarsudi | Retno Marsudi | ريتنو مارسودي | مارسودي | Marsudi | g=f
+ ForeignMinister ID 2014-10-27 2024-10-20
NajibRazak | Najib Razak | نجيب عبد الرزاق | نجيب رزاق | Najib Razak
+ HeadOfGovernment MY 2009-04-03 2018-05-10
MuhyiddinYassin | Muhyiddin Yassin | محيي الدين ياسين | | Muhyiddin Yassin
+ HeadOfGovernment MY 2020-03-01 2021-08-16
IsmailSabriYaakob | Ismail Sabri Yaakob | إسماعيل صبري يعقوب | | Ismail Sabri Yaakob
+ HeadOfGovernment MY 2021-08-21 2022-11-24
LeeHsienLoong | Lee Hsien Loong | لي هسين لونغ | لي هسين لونج | Lee Hsien Loong
+ HeadOfGovernment SG 2004-08-12 2024-05-15
LawrenceWong | Lawrence Wong | لورانس وونغ | | Lawrence Wong
+ HeadOfGovernment SG 2024-05-15
VivianBalakrishnan | Vivian Balakrishnan | فيفيان بالاكريشنان | بالاكريشنان | Balakrishnan
+ ForeignMinister SG 2015-10-01
PrayutChanOCha | Prayut Chan-o-cha | برايوت تشان أو تشا | برايوت تشان أوتشا; برايوت | Prayut
+ HeadOfGovernment TH 2014-08-24 2023-08-22
YingluckShinawatra | Yingluck Shinawatra | ينغلاك شيناواترا | | Yingluck | g=f
+ HeadOfGovernment TH 2011-08-05 2014-05-07
ThaksinShinawatra | Thaksin Shinawatra | ثاكسين شيناواترا | ثاكسين | Thaksin
+ HeadOfGovernment TH 2001-02-09 2006-09-19
SretthaThavisin | Srettha Thavisin | سريتا تافيسين | | Srettha
+ HeadOfGovernment TH 2023-08-22 2024-08-14
PaetongtarnShinawatra | Paetongtarn Shinawatra | بايتونغتارن شيناواترا | | Paetongtarn | g=f
+ HeadOfGovernment TH 2024-08-16 2025-08-29
BenignoAquino | Benigno Aquino III | بنينيو أكينو | | Benigno Aquino
+ HeadOfState PH 2010-06-30 2016-06-30
SaraDuterte | Sara Duterte | سارة دوتيرتي | | Sara Duterte | g=f
+ VicePresident PH 2022-06-30
NguyenPhuTrong | Nguyen Phu Trong | نغوين فو ترونغ | | Nguyen Phu Trong
ToLam | To Lam | تو لام | | To Lam
JuliaGillard | Julia Gillard | جوليا غيلارد | غيلارد | Gillard | g=f
+ HeadOfGovernment AU 2010-06-24 2013-06-27
KevinRudd | Kevin Rudd | كيفن رود | | Kevin Rudd
+ HeadOfGovernment AU 2007-12-03 2010-06-24
+ HeadOfGovernment AU 2013-06-27 2013-09-18
TonyAbbott | Tony Abbott | توني أبوت | | Tony Abbott
+ HeadOfGovernment AU 2013-09-18 2015-09-15
PennyWong | Penny Wong | بيني وونغ | | Penny Wong | g=f
+ ForeignMinister AU 2022-05-23
JulieBishop | Julie Bishop | جولي بيشوب | | Julie Bishop | g=f
+ ForeignMinister AU 2013-09-18 2018-08-26
MarisePayne | Marise Payne | ماريز باين | | Marise Payne | g=f
+ ForeignMinister AU 2018-08-26 2022-05-23
ChristopherLuxon | Christopher Luxon | كريستوفر لوكسون | لوكسون | Luxon
+ HeadOfGovernment NZ 2023-11-27
JohnKeyNZ | John Key | جون كي | | John Key
+ HeadOfGovernment NZ 2008-11-19 2016-12-12
# --- Americas (more)
ChrystiaFreeland | Chrystia Freeland | كريستيا فريلاند | فريلاند | Freeland | g=f
+ ForeignMinister CA 2017-01-10 2019-11-20
+ FinanceMinister CA 2020-08-18 2024-12-16
MelanieJoly | Mélanie Joly | ميلاني جولي | | Melanie Joly | g=f
+ ForeignMinister CA 2021-10-26 2025-05-13
AnitaAnand | Anita Anand | أنيتا أناند | | Anita Anand | g=f
+ ForeignMinister CA 2025-05-13
StephaneDion | Stéphane Dion | ستيفان ديون | | Stephane Dion
+ ForeignMinister CA 2015-11-04 2017-01-10
PierrePoilievre | Pierre Poilievre | بيير بواليفر | بواليفر | Poilievre
EvoMorales | Evo Morales | إيفو موراليس | موراليس | Morales
+ HeadOfState BO 2006-01-22 2019-11-10
RafaelCorrea | Rafael Correa | رافائيل كوريا | | Rafael Correa
+ HeadOfState EC 2007-01-15 2017-05-24
CristinaFernandezDeKirchner | Cristina Fernández de Kirchner | كريستينا فرنانديز دي كيرشنر | كريستينا كيرشنر; دي كيرشنر | Cristina Kirchner | g=f
+ HeadOfState AR 2007-12-10 2015-12-10
AlbertoFernandez | Alberto Fernández | ألبرتو فرنانديز | | Alberto Fernandez
+ HeadOfState AR 2019-12-10 2023-12-10
SebastianPinera | Sebastián Piñera | سيباستيان بينيرا | بينيرا | Pinera
+ HeadOfState CL 2010-03-11 2014-03-11
+ HeadOfState CL 2018-03-11 2022-03-11
GabrielBoric | Gabriel Boric | غابرييل بوريك | بوريك | Boric
+ HeadOfState CL 2022-03-11 2026-03-11
DanielOrtega | Daniel Ortega | دانيال أورتيغا | أورتيغا | Ortega
+ HeadOfState NI 2007-01-10
JuanManuelSantos | Juan Manuel Santos | خوان مانويل سانتوس | | Santos
+ HeadOfState CO 2010-08-07 2018-08-07
IvanDuque | Iván Duque | إيفان دوكي | دوكي | Duque
+ HeadOfState CO 2018-08-07 2022-08-07
FidelCastro | Fidel Castro | فيدل كاسترو | | Fidel Castro
+ HeadOfState CU 1976-12-02 2008-02-24
NayibBukele | Nayib Bukele | نجيب بوكيلة | بوكيلة; نايب بوكيلي | Bukele
+ HeadOfState SV 2019-06-01
DinaBoluarte | Dina Boluarte | دينا بولوارتي | بولوارتي | Boluarte | g=f
+ HeadOfState PE 2022-12-07 2025-10-10
PedroCastillo | Pedro Castillo | بيدرو كاستيو | كاستيو | Pedro Castillo
+ HeadOfState PE 2021-07-28 2022-12-07
DelcyRodriguez | Delcy Rodríguez | ديلسي رودريغيز | | Delcy Rodriguez | g=f
+ VicePresident VE 2018-06-14
DiosdadoCabello | Diosdado Cabello | ديوسدادو كابيلو | كابيلو | Cabello
VladimirPadrinoLopez | Vladimir Padrino López | فلاديمير بادرينو لوبيز | بادرينو لوبيز; بادرينو | Padrino Lopez
+ DefenseMinister VE 2014-10-24
EdmundoGonzalez | Edmundo González Urrutia | إدموندو غونزاليس | إدموندو غونزاليس أوروتيا | Edmundo Gonzalez
MariaCorinaMachado | María Corina Machado | ماريا كورينا ماتشادو | ماتشادو | Machado | g=f
FernandoHaddad | Fernando Haddad | فرناندو حداد | | Fernando Haddad
+ FinanceMinister BR 2023-01-01
MauroVieira | Mauro Vieira | ماورو فييرا | | Mauro Vieira
+ ForeignMinister BR 2015-01-01 2016-05-12
+ ForeignMinister BR 2023-01-01
GeraldoAlckmin | Geraldo Alckmin | جيرالدو ألكمين | | Alckmin
+ VicePresident BR 2023-01-01
# --- sport
MohamedSalah | Mohamed Salah | محمد صلاح | النجم المصري محمد صلاح | Mo Salah
CristianoRonaldo | Cristiano Ronaldo | كريستيانو رونالدو | رونالدو; كريستيانو | Ronaldo
LionelMessi | Lionel Messi | ليونيل ميسي | ميسي; ليونيل ميسى | Messi
Neymar | Neymar | نيمار | نيمار دا سيلفا; نيمار جونيور | Neymar Jr
ZinedineZidane | Zinedine Zidane | زين الدين زيدان | | Zidane
PepGuardiola | Pep Guardiola | بيب غوارديولا | غوارديولا; جوارديولا | Guardiola
JurgenKlopp | Jürgen Klopp | يورغن كلوب | يورجن كلوب | Klopp
KarimBenzema | Karim Benzema | كريم بنزيمة | بنزيمة; بنزيما | Benzema
RiyadMahrez | Riyad Mahrez | رياض محرز | | Mahrez
AchrafHakimi | Achraf Hakimi | أشرف حكيمي | حكيمي | Hakimi
HakimZiyech | Hakim Ziyech | حكيم زياش | زياش | Ziyech
SadioMane | Sadio Mané | ساديو ماني | | Sadio Mane
WalidRegragui | Walid Regragui | وليد الركراكي | الركراكي | Regragui
KylianMbappe | Kylian Mbappé | كيليان مبابي | مبابي | Mbappe
ErlingHaaland | Erling Haaland | إيرلينغ هالاند | هالاند | Haaland
CarloAncelotti | Carlo Ancelotti | كارلو أنشيلوتي | أنشيلوتي | Ancelotti
JoseMourinho | José Mourinho | جوزيه مورينيو | مورينيو | Mourinho
OnsJabeur | Ons Jabeur | أنس جابر | | Ons Jabeur | g=f
AhmedHafnaoui | Ahmed Hafnaoui | أحمد الحفناوي | | Hafnaoui
