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
