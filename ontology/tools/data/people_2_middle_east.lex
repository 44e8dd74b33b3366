# People: Middle East and North Africa (Turkey, Iran, Israel, Palestine, Lebanon, Syria, Iraq,
# Yemen, Gulf states, Jordan, Egypt, Libya, Maghreb, Sudan) and armed-group leaders.
@type Person
# --- Turkey
RecepTayyipErdogan | Recep Tayyip Erdoğan | رجب طيب أردوغان | أردوغان; إردوغان; اردوغان; رجب طيب إردوغان; رجب طيب اردوغان; رجب أردوغان | Erdogan; Recep Tayyip Erdogan
+ HeadOfState TR 2014-08-28
+ HeadOfGovernment TR 2003-03-14 2014-08-28
+ Leader AKP 2001-08-14 2014-08-27
+ Leader AKP 2017-05-21
AbdullahGul | Abdullah Gül | عبد الله غول | عبد الله جول | Abdullah Gul
+ HeadOfState TR 2007-08-28 2014-08-28
AhmetDavutoglu | Ahmet Davutoğlu | أحمد داود أوغلو | داود أوغلو; أحمد داوود أوغلو; داوود أوغلو | Davutoglu
+ HeadOfGovernment TR 2014-08-28 2016-05-24
+ ForeignMinister TR 2009-05-01 2014-08-29
BinaliYildirim | Binali Yıldırım | بن علي يلدريم | يلدريم; بن علي يلديريم | Binali Yildirim
+ HeadOfGovernment TR 2016-05-24 2018-07-09
MevlutCavusoglu | Mevlüt Çavuşoğlu | مولود جاويش أوغلو | جاويش أوغلو; مولود تشاووش أوغلو; تشاووش أوغلو; جاووش أوغلو; مولود جاووش أوغلو | Cavusoglu; Mevlut Cavusoglu
+ ForeignMinister TR 2014-08-29 2015-08-28
+ ForeignMinister TR 2015-11-24 2023-06-04
HakanFidan | Hakan Fidan | هاكان فيدان | فيدان | Fidan
+ ForeignMinister TR 2023-06-04
+ Leader MIT 2010-05-27 2023-06-04
IbrahimKalin | İbrahim Kalın | إبراهيم قالن | قالن; ابراهيم قالن; إبراهيم كالين | Ibrahim Kalin
+ Spokesperson TurkishPresidency 2014-08-28 2023-06-04
+ Leader MIT 2023-06-05
HulusiAkar | Hulusi Akar | خلوصي أكار | أكار; خلوصي آكار | Akar
+ DefenseMinister TR 2018-07-10 2023-06-04
YasarGuler | Yaşar Güler | يشار غولر | يشار جولر | Yasar Guler
+ DefenseMinister TR 2023-06-04
BeratAlbayrak | Berat Albayrak | برات ألبيرق | ألبيرق; برات البيرق | Albayrak
+ FinanceMinister TR 2018-07-10 2020-11-08
MehmetSimsek | Mehmet Şimşek | محمد شيمشك | شيمشك; محمد شيمشيك | Mehmet Simsek
+ FinanceMinister TR 2009-05-01 2015-08-28
+ FinanceMinister TR 2023-06-04
SuleymanSoylu | Süleyman Soylu | سليمان صويلو | صويلو | Soylu
+ InteriorMinister TR 2016-08-31 2023-06-04
AliYerlikaya | Ali Yerlikaya | علي يرلي كايا | يرلي كايا; علي يرليكايا | Yerlikaya
+ InteriorMinister TR 2023-06-04
FuatOktay | Fuat Oktay | فؤاد أقطاي | أقطاي | Oktay
+ VicePresident TR 2018-07-09 2023-06-04
CevdetYilmaz | Cevdet Yılmaz | جودت يلماز | | Cevdet Yilmaz
+ VicePresident TR 2023-06-04
OmerCelik | Ömer Çelik | عمر جليك | عمر تشيليك | Omer Celik
+ Spokesperson AKP 2018
KemalKilicdaroglu | Kemal Kılıçdaroğlu | كمال كليتشدار أوغلو | كليتشدار أوغلو; كمال قليجدار أوغلو; قليجدار أوغلو | Kilicdaroglu
+ Leader CHP 2010-05-22 2023-11-05
OzgurOzel | Özgür Özel | أوزغور أوزيل | أوزغور أوزال | Ozgur Ozel
+ Leader CHP 2023-11-05
DevletBahceli | Devlet Bahçeli | دولت بهتشلي | بهتشلي; دولت باهتشلي | Bahceli
+ Leader MHP 1997-07-06
EkremImamoglu | Ekrem İmamoğlu | أكرم إمام أوغلو | إمام أوغلو; أكرم إمام اوغلو | Imamoglu
FethullahGulen | Fethullah Gülen | فتح الله غولن | فتح الله جولن; فتح الله كولن | Gulen
+ Leader GulenMovement 1970 2024-10-20
AbdullahOcalan | Abdullah Öcalan | عبد الله أوجلان | أوجلان; عبدالله أوجلان | Ocalan
+ Leader PKK 1978-11-27
# --- Iran
AliKhamenei | Ali Khamenei | علي خامنئي | خامنئي; آية الله علي خامنئي; علي الخامنئي; آية الله خامنئي; السيد علي خامنئي; المرشد الإيراني علي خامنئي | Khamenei; Ayatollah Khamenei
+ HeadOfState IR 1989-06-04
RuhollahKhomeini | Ruhollah Khomeini | روح الله الخميني | الخميني; آية الله الخميني | Khomeini
+ HeadOfState IR 1979-12-03 1989-06-03
MahmoudAhmadinejad | Mahmoud Ahmadinejad | محمود أحمدي نجاد | أحمدي نجاد | Ahmadinejad
+ HeadOfState IR 2005-08-03 2013-08-03
HassanRouhani | Hassan Rouhani | حسن روحاني | روحاني | Rouhani
+ HeadOfState IR 2013-08-03 2021-08-03
EbrahimRaisi | Ebrahim Raisi | إبراهيم رئيسي | ابراهيم رئيسي; السيد إبراهيم رئيسي | Raisi
+ HeadOfState IR 2021-08-03 2024-05-19
MohammadMokhber | Mohammad Mokhber | محمد مخبر | | Mokhber
+ VicePresident IR 2021-08-08 2024-07-28
+ HeadOfState IR 2024-05-20 2024-07-28
MasoudPezeshkian | Masoud Pezeshkian | مسعود بزشكيان | بزشكيان; بيزشكيان; مسعود بيزشكيان | Pezeshkian
+ HeadOfState IR 2024-07-28
EshaqJahangiri | Eshaq Jahangiri | إسحاق جهانغيري | جهانغيري | Jahangiri
+ VicePresident IR 2013-08-05 2021-08-03
AliAkbarSalehi | Ali Akbar Salehi | علي أكبر صالحي | | Salehi
+ ForeignMinister IR 2010-12-13 2013-08-15
+ Leader AEOI 2013-08-16 2021-08-25
MohammadJavadZarif | Mohammad Javad Zarif | محمد جواد ظريف | ظريف; جواد ظريف | Zarif
+ ForeignMinister IR 2013-08-15 2021-08-25
+ VicePresident IR 2024-08-01 2025-03-02
HosseinAmirAbdollahian | Hossein Amir-Abdollahian | حسين أمير عبد اللهيان | عبد اللهيان; أمير عبد اللهيان; حسين أمير عبداللهيان; عبداللهيان | Amir-Abdollahian
+ ForeignMinister IR 2021-08-25 2024-05-19
AliBagheriKani | Ali Bagheri Kani | علي باقري كني | باقري كني; علي باقري | Bagheri Kani
+ ForeignMinister IR 2024-05-20 2024-08-21
AbbasAraghchi | Abbas Araghchi | عباس عراقجي | عراقجي; عباس عراقچي | Araghchi
+ ForeignMinister IR 2024-08-21
HosseinDehghan | Hossein Dehghan | حسين دهقان | دهقان | Dehghan
+ DefenseMinister IR 2013-08-15 2017-08-20
AmirHatami | Amir Hatami | أمير حاتمي | حاتمي | Hatami
+ DefenseMinister IR 2017-08-20 2021-08-25
MohammadRezaAshtiani | Mohammad-Reza Gharaei Ashtiani | محمد رضا آشتياني | آشتياني; محمد رضا قرائي آشتياني | Ashtiani
+ DefenseMinister IR 2021-08-25 2024-08-21
AzizNasirzadeh | Aziz Nasirzadeh | عزيز نصير زاده | نصير زاده; عزيز نصيرزاده | Nasirzadeh
+ DefenseMinister IR 2024-08-21
BahramQasemi | Bahram Qasemi | بهرام قاسمي | | Qasemi
+ Spokesperson IranianForeignMinistry 2016 2019
AbbasMousavi | Abbas Mousavi | عباس موسوي | | Abbas Mousavi
+ Spokesperson IranianForeignMinistry 2019 2020
SaeedKhatibzadeh | Saeed Khatibzadeh | سعيد خطيب زاده | خطيب زاده; سعيد خطيبزاده | Khatibzadeh
+ Spokesperson IranianForeignMinistry 2020 2022
NasserKanaani | Nasser Kanaani | ناصر كنعاني | كنعاني | Kanaani
+ Spokesperson IranianForeignMinistry 2022 2024
EsmaeilBaghaei | Esmaeil Baghaei | إسماعيل بقائي | بقائي; اسماعيل بقائي | Baghaei
+ Spokesperson IranianForeignMinistry 2024
QasemSoleimani | Qasem Soleimani | قاسم سليماني | سليماني; الجنرال قاسم سليماني | Soleimani
+ Leader QudsForce 1998 2020-01-03
EsmailQaani | Esmail Qaani | إسماعيل قاآني | قاآني; إسماعيل قآني | Qaani
+ Leader QudsForce 2020-01-03
MohammadAliJafari | Mohammad Ali Jafari | محمد علي جعفري | | Jafari
+ Leader IRGC 2007-09-01 2019-04-21
HosseinSalami | Hossein Salami | حسين سلامي | | Salami
+ Leader IRGC 2019-04-21 2025-06-13
MohammadPakpour | Mohammad Pakpour | محمد باكبور | باكبور | Pakpour
+ Leader IRGC 2025-06-13
MohammadBagheri | Mohammad Bagheri | محمد باقري | | Bagheri
AliLarijani | Ali Larijani | علي لاريجاني | لاريجاني | Larijani
MohammadBagherGhalibaf | Mohammad Bagher Ghalibaf | محمد باقر قاليباف | قاليباف | Ghalibaf
AliShamkhani | Ali Shamkhani | علي شمخاني | شمخاني | Shamkhani
MohammadEslami | Mohammad Eslami | محمد إسلامي | | Eslami
+ Leader AEOI 2021-08-29
# --- Israel
BenjaminNetanyahu | Benjamin Netanyahu | بنيامين نتنياهو | نتنياهو; نتانياهو; بنيامين نتانياهو; بنيامين نتانیاهو; بنيامين نتيناهو | Netanyahu; Bibi
+ HeadOfGovernment IL 1996-06-18 1999-07-06
+ HeadOfGovernment IL 2009-03-31 2021-06-13
+ HeadOfGovernment IL 2022-12-29
+ Leader Likud 2005-12-20
NaftaliBennett | Naftali Bennett | نفتالي بينيت | بينيت; نفتالي بينت | Bennett
+ HeadOfGovernment IL 2021-06-13 2022-06-30
+ DefenseMinister IL 2019-11-12 2020-05-17
YairLapid | Yair Lapid | يائير لابيد | لابيد | Lapid
+ HeadOfGovernment IL 2022-07-01 2022-12-29
+ ForeignMinister IL 2021-06-13 2022-12-29
EhudOlmert | Ehud Olmert | إيهود أولمرت | أولمرت | Olmert
+ HeadOfGovernment IL 2006-04-14 2009-03-31
IsraelKatz | Israel Katz | يسرائيل كاتس | كاتس; إسرائيل كاتس | Katz
+ ForeignMinister IL 2019-02-17 2020-05-17
+ ForeignMinister IL 2024-01-01 2024-11-05
+ DefenseMinister IL 2024-11-05
EliCohen | Eli Cohen | إيلي كوهين | | Eli Cohen
+ ForeignMinister IL 2022-12-29 2024-01-01
GabiAshkenazi | Gabi Ashkenazi | غابي أشكنازي | أشكنازي | Ashkenazi
+ ForeignMinister IL 2020-05-17 2021-06-13
GideonSaar | Gideon Sa'ar | جدعون ساعر | ساعر; جدعون ساعار | Saar
+ ForeignMinister IL 2024-11-05
AvigdorLieberman | Avigdor Lieberman | أفيغدور ليبرمان | ليبرمان; أفيغدور ليبرمان | Lieberman
+ ForeignMinister IL 2009-03-31 2012-12-18
+ ForeignMinister IL 2013-11-11 2015-05-14
+ DefenseMinister IL 2016-05-30 2018-11-14
+ FinanceMinister IL 2021-06-13 2022-12-29
MosheYaalon | Moshe Ya'alon | موشيه يعالون | يعالون; موشي يعلون | Yaalon
+ DefenseMinister IL 2013-03-18 2016-05-20
EhudBarak | Ehud Barak | إيهود باراك | | Ehud Barak
+ DefenseMinister IL 2007-06-18 2013-03-18
+ HeadOfGovernment IL 1999-07-06 2001-03-07
BennyGantz | Benny Gantz | بيني غانتس | غانتس; بيني جانتس | Gantz
+ DefenseMinister IL 2020-05-17 2022-12-29
YoavGallant | Yoav Gallant | يوآف غالانت | غالانت; يوآف جالانت | Gallant
+ DefenseMinister IL 2022-12-29 2024-11-05
BezalelSmotrich | Bezalel Smotrich | بتسلئيل سموتريتش | سموتريتش; بتسلئيل سموتريش | Smotrich
+ FinanceMinister IL 2022-12-29
ItamarBenGvir | Itamar Ben-Gvir | إيتمار بن غفير | بن غفير; ايتمار بن غفير | Ben-Gvir
ShimonPeres | Shimon Peres | شمعون بيريز | بيريز; شيمون بيريز | Peres
+ HeadOfState IL 2007-07-15 2014-07-24
ReuvenRivlin | Reuven Rivlin | رؤوفين ريفلين | ريفلين; روبي ريفلين | Rivlin
+ HeadOfState IL 2014-07-24 2021-07-07
IsaacHerzog | Isaac Herzog | إسحاق هرتسوغ | هرتسوغ; يتسحاق هرتسوغ | Herzog
+ HeadOfState IL 2021-07-07
AvichayAdraee | Avichay Adraee | أفيخاي أدرعي | أدرعي; افيخاي ادرعي | Adraee
+ Spokesperson IsraeliArmedForces 2005
DanielHagari | Daniel Hagari | دانيال هاغاري | هاغاري | Hagari
+ Spokesperson IsraeliArmedForces 2023-03 2025-03
EffieDefrin | Effie Defrin | إيفي ديفرين | ديفرين | Defrin
+ Spokesperson IsraeliArmedForces 2025-03
OfirGendelman | Ofir Gendelman | أوفير جندلمان | جندلمان | Gendelman
+ Spokesperson IsraeliPMO 2011
GadiEisenkot | Gadi Eisenkot | غادي آيزنكوت | آيزنكوت; غادي أيزنكوت | Eisenkot
+ Leader IsraeliArmedForces 2015-02-16 2019-01-15
AvivKochavi | Aviv Kochavi | أفيف كوخافي | كوخافي | Kochavi
+ Leader IsraeliArmedForces 2019-01-15 2023-01-16
HerziHalevi | Herzi Halevi | هرتسي هاليفي | هاليفي | Halevi
+ Leader IsraeliArmedForces 2023-01-16 2025-03-05
EyalZamir | Eyal Zamir | إيال زامير | زامير | Zamir
+ Leader IsraeliArmedForces 2025-03-05
YossiCohen | Yossi Cohen | يوسي كوهين | | Yossi Cohen
+ Leader Mossad 2016-01-06 2021-06-01
DavidBarnea | David Barnea | ديفيد برنياع | برنياع; دافيد برنياع | Barnea
+ Leader Mossad 2021-06-01
RonenBar | Ronen Bar | رونين بار | | Ronen Bar
+ Leader ShinBet 2021-10-13 2025-06-15
# --- Palestine
MahmoudAbbas | Mahmoud Abbas | محمود عباس | أبو مازن; الرئيس محمود عباس; محمود عباس أبو مازن | Abu Mazen; Abbas
+ HeadOfState PS 2005-01-15
+ Leader PLO 2004-11-11
+ Leader Fatah 2004-11-11
+ Leader PalestinianAuthority 2005-01-15
SalamFayyad | Salam Fayyad | سلام فياض | | Fayyad
+ HeadOfGovernment PS 2007-06-15 2013-06-06
RamiHamdallah | Rami Hamdallah | رامي الحمد الله | رامي الحمدالله | Hamdallah
+ HeadOfGovernment PS 2013-06-06 2019-04-13
MohammadShtayyeh | Mohammad Shtayyeh | محمد اشتية | اشتية; محمد اشتيه; محمد شتية | Shtayyeh
+ HeadOfGovernment PS 2019-04-13 2024-03-31
MohammadMustafaPS | Mohammad Mustafa | محمد مصطفى | | Mohammad Mustafa
+ HeadOfGovernment PS 2024-03-31
+ ForeignMinister PS 2024-03-31
RiyadAlMaliki | Riyad al-Maliki | رياض المالكي | | Riyad Malki
+ ForeignMinister PS 2007-05-01 2024-03-31
VarsenAghabekian | Varsen Aghabekian | فارسين أغابكيان | فارسين آغابكيان | Aghabekian | g=f
+ ForeignMinister PS 2025-03
HusseinAlSheikh | Hussein al-Sheikh | حسين الشيخ | | Hussein al-Sheikh
+ VicePresident PS 2025-04-26
NabilAbuRudeineh | Nabil Abu Rudeineh | نبيل أبو ردينة | أبو ردينة | Abu Rudeineh
+ Spokesperson PalestinianPresidency
JibrilRajoub | Jibril Rajoub | جبريل الرجوب | الرجوب | Rajoub
MarwanBarghouti | Marwan Barghouti | مروان البرغوثي | | Barghouti
MohammedDahlan | Mohammed Dahlan | محمد دحلان | دحلان | Dahlan
IsmailHaniyeh | Ismail Haniyeh | إسماعيل هنية | هنية; اسماعيل هنية | Haniyeh
+ Leader Hamas 2017-05-06 2024-07-31
+ HeadOfGovernment PS 2006-03-29 2007-06-14
KhaledMeshaal | Khaled Mashal | خالد مشعل | | Meshaal
+ Leader Hamas 1996 2017-05-06
YahyaSinwar | Yahya Sinwar | يحيى السنوار | السنوار | Sinwar
+ Leader Hamas 2024-08-06 2024-10-16
MohammedDeif | Mohammed Deif | محمد الضيف | | Deif
+ Leader QassamBrigades 2002 2024-07-13
AbuObaida | Abu Obaida | أبو عبيدة | الناطق باسم كتائب القسام أبو عبيدة | Abu Ubaida
+ Spokesperson QassamBrigades
KhalilAlHayya | Khalil al-Hayya | خليل الحية | | al-Hayya
MousaAbuMarzouk | Mousa Abu Marzouk | موسى أبو مرزوق | أبو مرزوق | Abu Marzouk
SamiAbuZuhri | Sami Abu Zuhri | سامي أبو زهري | أبو زهري | Abu Zuhri
+ Spokesperson Hamas
HazemQassem | Hazem Qassem | حازم قاسم | | Hazem Qassem
+ Spokesperson Hamas
FawziBarhoum | Fawzi Barhoum | فوزي برهوم | برهوم | Barhoum
+ Spokesperson Hamas
MohammedSinwar | Mohammed Sinwar | محمد السنوار | | Mohammed Sinwar
SalehAlArouri | Saleh al-Arouri | صالح العاروري | العاروري | Arouri
HashemSafieddine | Hashem Safieddine | هاشم صفي الدين | صفي الدين | Safieddine
ZiadNakhalah | Ziyad al-Nakhalah | زياد النخالة | النخالة | Nakhalah
+ Leader PalestinianIslamicJihad 2018-09-28
RamadanShallah | Ramadan Shalah | رمضان عبد الله شلح | رمضان شلح | Shallah
+ Leader PalestinianIslamicJihad 1995 2018-09-28
# --- Lebanon
MichelSleiman | Michel Suleiman | ميشال سليمان | ميشيل سليمان | Suleiman
+ HeadOfState LB 2008-05-25 2014-05-25
MichelAoun | Michel Aoun | ميشال عون | ميشيل عون; الرئيس ميشال عون | Aoun
+ HeadOfState LB 2016-10-31 2022-10-30
+ Leader FreePatrioticMovement 2005 2015-09-20
JosephAoun | Joseph Aoun | جوزيف عون | العماد جوزيف عون; الرئيس جوزيف عون | Joseph Aoun
+ HeadOfState LB 2025-01-09
+ Leader LebaneseArmedForces 2017-03-08 2025-01-09
SaadHariri | Saad Hariri | سعد الحريري | الحريري | Hariri
+ HeadOfGovernment LB 2009-11-09 2011-06-13
+ HeadOfGovernment LB 2016-12-18 2020-01-21
+ Leader FutureMovement 2005
NajibMikati | Najib Mikati | نجيب ميقاتي | ميقاتي | Mikati
+ HeadOfGovernment LB 2011-06-13 2014-02-15
+ HeadOfGovernment LB 2021-09-10 2025-02-08
TammamSalam | Tammam Salam | تمام سلام | | Tammam Salam
+ HeadOfGovernment LB 2014-02-15 2016-12-18
HassanDiab | Hassan Diab | حسان دياب | | Hassan Diab
+ HeadOfGovernment LB 2020-01-21 2021-09-10
NawafSalam | Nawaf Salam | نواف سلام | القاضي نواف سلام | Nawaf Salam
+ HeadOfGovernment LB 2025-02-08
NabihBerri | Nabih Berri | نبيه بري | نبيه برّي | Berri
+ Leader AmalMovement 1980-04
HassanNasrallah | Hassan Nasrallah | حسن نصر الله | نصر الله; حسن نصرالله; نصرالله; السيد حسن نصر الله | Nasrallah
+ Leader Hezbollah 1992-02-16 2024-09-27
NaimQassem | Naim Qassem | نعيم قاسم | الشيخ نعيم قاسم | Qassem
+ Leader Hezbollah 2024-10-29
GebranBassil | Gebran Bassil | جبران باسيل | باسيل | Bassil
+ ForeignMinister LB 2014-02-15 2020-01-21
+ Leader FreePatrioticMovement 2015-09-20
AbdallahBouHabib | Abdallah Bou Habib | عبد الله بو حبيب | بو حبيب | Bou Habib
+ ForeignMinister LB 2021-09-10 2025-02-08
YoussefRajji | Youssef Rajji | يوسف رجي | | Rajji
+ ForeignMinister LB 2025-02-08
SamirGeagea | Samir Geagea | سمير جعجع | جعجع | Geagea
+ Leader LebaneseForcesParty
WalidJumblatt | Walid Jumblatt | وليد جنبلاط | جنبلاط | Jumblatt
RiadSalameh | Riad Salameh | رياض سلامة | | Salameh
+ Leader BanqueDuLiban 1993-08-01 2023-07-31
# --- Syria
BasharAlAssad | Bashar al-Assad | بشار الأسد | الأسد; الرئيس بشار الأسد; بشار الاسد; الرئيس السوري بشار الأسد | Assad; Bashar Assad
+ HeadOfState SY 2000-07-17 2024-12-08
AsmaAlAssad | Asma al-Assad | أسماء الأسد | | Asma Assad | g=f
MaherAlAssad | Maher al-Assad | ماهر الأسد | | Maher Assad
AhmedAlSharaa | Ahmed al-Sharaa | أحمد الشرع | الرئيس الشرع; أبو محمد الجولاني; الجولاني; أحمد حسين الشرع | Abu Mohammad al-Julani; al-Sharaa
+ HeadOfState SY 2025-01-29
+ Leader HayatTahrirAlSham 2012 2025-01-29
WalidMuallem | Walid Muallem | وليد المعلم | | Muallem
+ ForeignMinister SY 2006-02-11 2020-11-16
FaisalMekdad | Faisal Mekdad | فيصل المقداد | المقداد | Mekdad
+ ForeignMinister SY 2020-11-22 2024-12-08
AsaadAlShaibani | Asaad al-Shaibani | أسعد الشيباني | الشيباني; أسعد حسن الشيباني | Shaibani
+ ForeignMinister SY 2024-12-21
BouthainaShaaban | Bouthaina Shaaban | بثينة شعبان | | Shaaban | g=f
FahdJassemAlFreij | Fahd Jassem al-Freij | فهد جاسم الفريج | العماد فهد جاسم الفريج | al-Freij
+ DefenseMinister SY 2012-07-18 2018-01-01
AliAbdullahAyyoub | Ali Abdullah Ayyoub | علي عبد الله أيوب | العماد علي عبد الله أيوب | Ayyoub
+ DefenseMinister SY 2018-01-01 2022-04-28
AliMahmoudAbbas | Ali Mahmoud Abbas | علي محمود عباس | العماد علي محمود عباس
+ DefenseMinister SY 2022-04-28 2024-12-08
MurhafAbuQasra | Murhaf Abu Qasra | مرهف أبو قصرة | أبو قصرة | Abu Qasra
+ DefenseMinister SY 2024-12-21
AnasKhattab | Anas Khattab | أنس خطاب | | Anas Khattab
+ InteriorMinister SY 2025-03-29
WaelHalqi | Wael al-Halqi | وائل الحلقي | الحلقي | Halqi
+ HeadOfGovernment SY 2012-08-09 2016-07-03
ImadKhamis | Imad Khamis | عماد خميس | | Khamis
+ HeadOfGovernment SY 2016-07-03 2020-08-30
HusseinArnous | Hussein Arnous | حسين عرنوس | عرنوس | Arnous
+ HeadOfGovernment SY 2020-08-30 2024-09-14
MohammadGhaziAlJalali | Mohammad Ghazi al-Jalali | محمد غازي الجلالي | | al-Jalali
+ HeadOfGovernment SY 2024-09-14 2024-12-10
MohammedAlBashir | Mohammed al-Bashir | محمد البشير | | Mohammed al-Bashir
+ HeadOfGovernment SY 2024-12-10 2025-03-29
BasharJaafari | Bashar Jaafari | بشار الجعفري | | Jaafari
+ Envoy SY 2006 2020-10
MazloumAbdi | Mazloum Abdi | مظلوم عبدي | مظلوم كوباني | Mazloum Kobani
+ Leader SyrianDemocraticForces 2015-10
ZahranAlloush | Zahran Alloush | زهران علوش | | Alloush
+ Leader JaishAlIslam 2011 2015-12-25
AbuBakrAlBaghdadi | Abu Bakr al-Baghdadi | أبو بكر البغدادي | البغدادي | Baghdadi
+ Leader IslamicState 2010-05-16 2019-10-27
AbuIbrahimAlQurashi | Abu Ibrahim al-Hashimi al-Qurashi | أبو إبراهيم الهاشمي القرشي | | 
+ Leader IslamicState 2019-10-31 2022-02-03
AbuMohammedAlAdnani | Abu Mohammad al-Adnani | أبو محمد العدناني | العدناني | Adnani
+ Spokesperson IslamicState 2011 2016-08-30
AymanAlZawahiri | Ayman al-Zawahiri | أيمن الظواهري | الظواهري | Zawahiri
+ Leader AlQaeda 2011-06-16 2022-07-31
OsamaBinLaden | Osama bin Laden | أسامة بن لادن | بن لادن; أسامة بن محمد بن لادن | bin Laden
+ Leader AlQaeda 1988 2011-05-02
# --- Iraq
NouriAlMaliki | Nouri al-Maliki | نوري المالكي | | Maliki
+ HeadOfGovernment IQ 2006-05-20 2014-09-08
+ VicePresident IQ 2014-09-09 2015-08-11
HaiderAlAbadi | Haider al-Abadi | حيدر العبادي | العبادي | Abadi
+ HeadOfGovernment IQ 2014-09-08 2018-10-25
AdilAbdulMahdi | Adil Abdul-Mahdi | عادل عبد المهدي | عبد المهدي | Abdul-Mahdi
+ HeadOfGovernment IQ 2018-10-25 2020-05-07
MustafaAlKadhimi | Mustafa al-Kadhimi | مصطفى الكاظمي | الكاظمي | Kadhimi
+ HeadOfGovernment IQ 2020-05-07 2022-10-27
MohammedShiaAlSudani | Mohammed Shia al-Sudani | محمد شياع السوداني | شياع السوداني | Sudani
+ HeadOfGovernment IQ 2022-10-27
JalalTalabani | Jalal Talabani | جلال طالباني | طالباني; جلال الطالباني | Talabani
+ HeadOfState IQ 2005-04-07 2014-07-24
FuadMasum | Fuad Masum | فؤاد معصوم | | Masum
+ HeadOfState IQ 2014-07-24 2018-10-02
BarhamSalih | Barham Salih | برهم صالح | | Barham Salih
+ HeadOfState IQ 2018-10-02 2022-10-17
AbdulLatifRashid | Abdul Latif Rashid | عبد اللطيف رشيد | عبد اللطيف جمال رشيد | Abdul Latif Rashid
+ HeadOfState IQ 2022-10-17
HoshyarZebari | Hoshyar Zebari | هوشيار زيباري | زيباري | Zebari
+ ForeignMinister IQ 2003-09-03 2014-09-08
+ FinanceMinister IQ 2014-09-08 2016-09-21
IbrahimAlJaafari | Ibrahim al-Jaafari | إبراهيم الجعفري | ابراهيم الجعفري
+ ForeignMinister IQ 2014-09-08 2018-10-25
MohammedAliAlHakim | Mohamed Ali Alhakim | محمد علي الحكيم
+ ForeignMinister IQ 2018-10-25 2020-05-07
FuadHussein | Fuad Hussein | فؤاد حسين | | Fuad Hussein
+ ForeignMinister IQ 2020-06-06
MuqtadaAlSadr | Muqtada al-Sadr | مقتدى الصدر | السيد مقتدى الصدر | Sadr
+ Leader SadristMovement 2003
AmmarAlHakim | Ammar al-Hakim | عمار الحكيم | السيد عمار الحكيم | Hakim
MasoudBarzani | Masoud Barzani | مسعود بارزاني | مسعود البارزاني | Masoud Barzani
+ Leader KDP 1979
+ HeadOfState KurdistanRegion 2005-06-13 2017-11-01
NechirvanBarzani | Nechirvan Barzani | نيجيرفان بارزاني | نيجرفان بارزاني | Nechirvan Barzani
+ HeadOfGovernment KurdistanRegion 2012-03-05 2019-06-10
+ HeadOfState KurdistanRegion 2019-06-10
MasrourBarzani | Masrour Barzani | مسرور بارزاني | | Masrour Barzani
+ HeadOfGovernment KurdistanRegion 2019-07-10
AbuMahdiAlMuhandis | Abu Mahdi al-Muhandis | أبو مهدي المهندس | | Muhandis
+ Leader KataibHezbollah 2003 2020-01-03
FalihAlFayyadh | Falih al-Fayyadh | فالح الفياض | الفياض | Fayyadh
+ Leader PopularMobilizationForces 2014
QaisAlKhazali | Qais al-Khazali | قيس الخزعلي | الخزعلي | Khazali
+ Leader AsaibAhlAlHaq 2007
HadiAlAmiri | Hadi al-Amiri | هادي العامري | | Amiri
+ Leader BadrOrganization 2003
# --- Yemen
AliAbdullahSaleh | Ali Abdullah Saleh | علي عبد الله صالح | علي عبدالله صالح; الرئيس السابق علي عبد الله صالح | Saleh
+ HeadOfState YE 1990-05-22 2012-02-27
+ Leader GeneralPeoplesCongress 1982 2017-12-04
AbdRabbuhMansurHadi | Abd Rabbuh Mansur Hadi | عبد ربه منصور هادي | منصور هادي; عبدربه منصور هادي; الرئيس هادي | Hadi
+ HeadOfState YE 2012-02-25 2022-04-07
RashadAlAlimi | Rashad al-Alimi | رشاد العليمي | العليمي; رشاد محمد العليمي | Alimi
+ HeadOfState YE 2022-04-07
+ Leader PresidentialLeadershipCouncil 2022-04-07
KhaledBahah | Khaled Bahah | خالد بحاح | بحاح | Bahah
+ HeadOfGovernment YE 2014-11-09 2016-04-03
+ VicePresident YE 2015-04-12 2016-04-03
AliMohsenAlAhmar | Ali Mohsen al-Ahmar | علي محسن الأحمر | علي محسن | Ali Mohsen
+ VicePresident YE 2016-04-03 2022-04-07
AhmedObeidBinDaghr | Ahmed Obaid bin Daghr | أحمد عبيد بن دغر | بن دغر | bin Daghr
+ HeadOfGovernment YE 2016-04-04 2018-10-15
MaeenAbdulmalik | Maeen Abdulmalik | معين عبد الملك | معين عبدالملك | Maeen Abdulmalik
+ HeadOfGovernment YE 2018-10-15 2024-02-05
AhmedAwadBinMubarak | Ahmed Awad bin Mubarak | أحمد عوض بن مبارك | بن مبارك | bin Mubarak
+ HeadOfGovernment YE 2024-02-05 2025-05-03
+ ForeignMinister YE 2020-12-18 2024-02-05
SalemBinBreik | Salem bin Breik | سالم بن بريك | سالم صالح بن بريك | bin Breik
+ HeadOfGovernment YE 2025-05-06
AbdulmalikAlMekhlafi | Abdulmalik al-Mekhlafi | عبد الملك المخلافي | المخلافي
+ ForeignMinister YE 2015-12 2018-05
AbdulMalikAlHouthi | Abdul-Malik al-Houthi | عبد الملك الحوثي | عبدالملك الحوثي; السيد عبد الملك الحوثي; زعيم جماعة الحوثي عبد الملك الحوثي | Abdulmalik al-Houthi
+ Leader Houthis 2004-09
MahdiAlMashat | Mahdi al-Mashat | مهدي المشاط | المشاط | Mashat
SalehAlSammad | Saleh al-Sammad | صالح الصماد | الصماد | Sammad
MohammedAliAlHouthi | Mohammed Ali al-Houthi | محمد علي الحوثي
MohammedAbdulsalam | Mohammed Abdulsalam | محمد عبد السلام | محمد عبدالسلام | Mohammed Abdulsalam
+ Spokesperson Houthis
YahyaSaree | Yahya Saree | يحيى سريع | العميد يحيى سريع | Saree
+ Spokesperson Houthis 2019
AidarosAlZubaidi | Aidarous al-Zubaidi | عيدروس الزبيدي | الزبيدي; عيدروس قاسم الزبيدي | Zubaidi
+ Leader SouthernTransitionalCouncil 2017-05-11
AhmedAsiri | Ahmed Asiri | أحمد عسيري | عسيري; العميد أحمد عسيري | Asiri
+ Spokesperson ArabCoalition 2015-03 2017-04
TurkiAlMaliki | Turki al-Maliki | تركي المالكي | العقيد تركي المالكي | Turki al-Maliki
+ Spokesperson ArabCoalition 2017-04
# --- Saudi Arabia
KingAbdullahOfSaudiArabia | King Abdullah of Saudi Arabia | الملك عبد الله بن عبد العزيز | عبد الله بن عبد العزيز; الملك عبدالله بن عبدالعزيز | King Abdullah bin Abdulaziz
+ HeadOfState SA 2005-08-01 2015-01-23
KingSalman | King Salman | الملك سلمان بن عبد العزيز | سلمان بن عبد العزيز; الملك سلمان; الملك سلمان بن عبدالعزيز; سلمان بن عبدالعزيز; خادم الحرمين الشريفين الملك سلمان | Salman bin Abdulaziz
+ HeadOfState SA 2015-01-23
+ CrownPrince SA 2012-06-18 2015-01-23
+ DefenseMinister SA 2011-11-05 2015-01-23
MohammedBinSalman | Mohammed bin Salman | محمد بن سلمان | الأمير محمد بن سلمان; ولي العهد السعودي الأمير محمد بن سلمان; محمد بن سلمان آل سعود | MBS
+ CrownPrince SA 2017-06-21
+ HeadOfGovernment SA 2022-09-27
+ DefenseMinister SA 2015-01-23 2022-09-27
MuhammadBinNayef | Muhammad bin Nayef | محمد بن نايف | الأمير محمد بن نايف | MBN
+ CrownPrince SA 2015-04-29 2017-06-21
+ InteriorMinister SA 2012-11-05 2017-06-21
MuqrinBinAbdulaziz | Muqrin bin Abdulaziz | مقرن بن عبد العزيز | الأمير مقرن بن عبد العزيز; مقرن بن عبدالعزيز
+ CrownPrince SA 2015-01-23 2015-04-29
SaudAlFaisal | Saud al-Faisal | سعود الفيصل | الأمير سعود الفيصل
+ ForeignMinister SA 1975-10-13 2015-04-29
AdelAlJubeir | Adel al-Jubeir | عادل الجبير | الجبير | Jubeir
+ ForeignMinister SA 2015-04-29 2018-12-27
IbrahimAlAssaf | Ibrahim Abdulaziz Al-Assaf | إبراهيم العساف | العساف
+ ForeignMinister SA 2018-12-27 2019-10-23
FaisalBinFarhan | Faisal bin Farhan | فيصل بن فرحان | الأمير فيصل بن فرحان; فيصل بن فرحان آل سعود | Prince Faisal bin Farhan
+ ForeignMinister SA 2019-10-23
KhalidBinSalman | Khalid bin Salman | خالد بن سلمان | الأمير خالد بن سلمان | Prince Khalid bin Salman
+ DefenseMinister SA 2022-09-27
AbdulazizBinSaudBinNayef | Abdulaziz bin Saud bin Nayef | عبد العزيز بن سعود بن نايف | الأمير عبد العزيز بن سعود
+ InteriorMinister SA 2017-06-21
MohammedAlJadaan | Mohammed Al-Jadaan | محمد الجدعان | الجدعان | Al-Jadaan
+ FinanceMinister SA 2016-11-01
AbdulazizBinSalman | Abdulaziz bin Salman | عبد العزيز بن سلمان | الأمير عبد العزيز بن سلمان | Prince Abdulaziz bin Salman
KhalidAlFalih | Khalid al-Falih | خالد الفالح | الفالح | Falih
AminNasser | Amin Nasser | أمين الناصر | | Amin Nasser
+ Leader SaudiAramco 2015
# --- UAE, Qatar, Kuwait, Bahrain, Oman
KhalifaBinZayed | Khalifa bin Zayed Al Nahyan | خليفة بن زايد | الشيخ خليفة بن زايد; الشيخ خليفة بن زايد آل نهيان; خليفة بن زايد آل نهيان | Sheikh Khalifa
+ HeadOfState AE 2004-11-03 2022-05-13
MohamedBinZayed | Mohamed bin Zayed Al Nahyan | محمد بن زايد | الشيخ محمد بن زايد; محمد بن زايد آل نهيان; الشيخ محمد بن زايد آل نهيان | MBZ
+ HeadOfState AE 2022-05-14
+ CrownPrince AE 2004-11-03 2022-05-14
MohammedBinRashid | Mohammed bin Rashid Al Maktoum | محمد بن راشد | الشيخ محمد بن راشد; محمد بن راشد آل مكتوم; الشيخ محمد بن راشد آل مكتوم | Sheikh Mohammed bin Rashid
+ HeadOfGovernment AE 2006-01-05
+ VicePresident AE 2006-01-05
MansourBinZayed | Mansour bin Zayed Al Nahyan | منصور بن زايد | الشيخ منصور بن زايد
+ VicePresident AE 2023-03-29
KhaledBinMohamedBinZayed | Khaled bin Mohamed bin Zayed | خالد بن محمد بن زايد | الشيخ خالد بن محمد بن زايد
+ CrownPrince AE 2023-03-29
AbdullahBinZayed | Abdullah bin Zayed Al Nahyan | عبد الله بن زايد | الشيخ عبد الله بن زايد; عبد الله بن زايد آل نهيان; عبدالله بن زايد
+ ForeignMinister AE 2006-02-09
AnwarGargash | Anwar Gargash | أنور قرقاش | قرقاش | Gargash
TahnounBinZayed | Tahnoun bin Zayed | طحنون بن زايد | الشيخ طحنون بن زايد
TamimBinHamad | Tamim bin Hamad Al Thani | تميم بن حمد | الشيخ تميم بن حمد; تميم بن حمد آل ثاني; الشيخ تميم بن حمد آل ثاني | Sheikh Tamim
+ HeadOfState QA 2013-06-25
HamadBinKhalifa | Hamad bin Khalifa Al Thani | حمد بن خليفة | الشيخ حمد بن خليفة آل ثاني; حمد بن خليفة آل ثاني
+ HeadOfState QA 1995-06-27 2013-06-25
HamadBinJassim | Hamad bin Jassim Al Thani | حمد بن جاسم | الشيخ حمد بن جاسم; حمد بن جاسم بن جبر آل ثاني
+ HeadOfGovernment QA 2007-04-03 2013-06-26
+ ForeignMinister QA 1992 2013-06-26
AbdullahBinNasserAlThani | Abdullah bin Nasser Al Thani | عبد الله بن ناصر بن خليفة آل ثاني | الشيخ عبد الله بن ناصر; عبد الله بن ناصر آل ثاني
+ HeadOfGovernment QA 2013-06-26 2020-01-28
KhalidBinKhalifaAlThani | Khalid bin Khalifa Al Thani | خالد بن خليفة بن عبد العزيز آل ثاني | الشيخ خالد بن خليفة
+ HeadOfGovernment QA 2020-01-28 2023-03-07
MohammedBinAbdulrahmanAlThani | Mohammed bin Abdulrahman Al Thani | محمد بن عبد الرحمن آل ثاني | الشيخ محمد بن عبد الرحمن آل ثاني; محمد بن عبد الرحمن; الشيخ محمد بن عبدالرحمن آل ثاني; محمد بن عبدالرحمن آل ثاني
+ ForeignMinister QA 2016-01-27
+ HeadOfGovernment QA 2023-03-07
KhalidAlAttiyah | Khalid al-Attiyah | خالد العطية | خالد بن محمد العطية | Attiyah
+ ForeignMinister QA 2013-06-26 2016-01-27
+ DefenseMinister QA 2016-01-27 2024-11-07
MajedAlAnsari | Majed al-Ansari | ماجد الأنصاري | ماجد بن محمد الأنصاري | Majed al-Ansari
+ Spokesperson QatariForeignMinistry 2022-03
SabahAlAhmad | Sabah Al-Ahmad Al-Jaber Al-Sabah | صباح الأحمد الجابر الصباح | الشيخ صباح الأحمد; صباح الأحمد; الشيخ صباح الأحمد الجابر الصباح | Sheikh Sabah
+ HeadOfState KW 2006-01-29 2020-09-29
NawafAlAhmad | Nawaf Al-Ahmad Al-Jaber Al-Sabah | نواف الأحمد الجابر الصباح | الشيخ نواف الأحمد; نواف الأحمد; الشيخ نواف الأحمد الجابر الصباح | Sheikh Nawaf
+ HeadOfState KW 2020-09-29 2023-12-16
+ CrownPrince KW 2006-02-07 2020-09-29
MishalAlAhmad | Mishal Al-Ahmad Al-Jaber Al-Sabah | مشعل الأحمد الجابر الصباح | الشيخ مشعل الأحمد; مشعل الأحمد; الشيخ مشعل الأحمد الجابر الصباح | Sheikh Mishal
+ HeadOfState KW 2023-12-16
+ CrownPrince KW 2020-10-08 2023-12-16
SabahAlKhalidAlHamad | Sabah Al-Khalid Al-Hamad Al-Sabah | صباح الخالد الحمد الصباح | الشيخ صباح الخالد; صباح الخالد | Sheikh Sabah Al-Khalid
+ HeadOfGovernment KW 2019-11-19 2022-07-24
+ ForeignMinister KW 2011-10-18 2019-11-19
+ CrownPrince KW 2024-06-01
JaberAlMubarak | Jaber Al-Mubarak Al-Hamad Al-Sabah | جابر المبارك الحمد الصباح | الشيخ جابر المبارك; جابر المبارك
+ HeadOfGovernment KW 2011-11-30 2019-11-19
HamadBinIsa | Hamad bin Isa Al Khalifa | حمد بن عيسى آل خليفة | الملك حمد بن عيسى; الملك حمد بن عيسى آل خليفة; حمد بن عيسى | King Hamad
+ HeadOfState BH 1999-03-06
SalmanBinHamad | Salman bin Hamad Al Khalifa | سلمان بن حمد آل خليفة | الأمير سلمان بن حمد; سلمان بن حمد; ولي العهد البحريني الأمير سلمان بن حمد
+ CrownPrince BH 1999-03-09
+ HeadOfGovernment BH 2020-11-11
KhalifaBinSalmanAlKhalifa | Khalifa bin Salman Al Khalifa | خليفة بن سلمان آل خليفة | الأمير خليفة بن سلمان; خليفة بن سلمان
+ HeadOfGovernment BH 1971-01-10 2020-11-11
KhalidBinAhmedAlKhalifa | Khalid bin Ahmed Al Khalifa | خالد بن أحمد آل خليفة | الشيخ خالد بن أحمد آل خليفة
+ ForeignMinister BH 2005-09-24 2020-02-11
AbdullatifAlZayani | Abdullatif al-Zayani | عبد اللطيف الزياني | الزياني; عبد اللطيف بن راشد الزياني | Zayani
+ ForeignMinister BH 2020-02-11
+ SecretaryGeneral GCC 2011-04-01 2020-01-31
NayefAlHajraf | Nayef al-Hajraf | نايف الحجرف | الحجرف; نايف فلاح الحجرف | Hajraf
+ SecretaryGeneral GCC 2020-02-01 2023-01-31
JasemAlBudaiwi | Jasem Mohamed Albudaiwi | جاسم محمد البديوي | البديوي; جاسم البديوي | Albudaiwi
+ SecretaryGeneral GCC 2023-02-01
QaboosBinSaid | Qaboos bin Said | قابوس بن سعيد | السلطان قابوس; السلطان قابوس بن سعيد | Sultan Qaboos
+ HeadOfState OM 1970-07-23 2020-01-10
HaithamBinTarik | Haitham bin Tariq | هيثم بن طارق | السلطان هيثم بن طارق; هيثم بن طارق آل سعيد | Sultan Haitham
+ HeadOfState OM 2020-01-11
YusufBinAlawi | Yusuf bin Alawi | يوسف بن علوي | يوسف بن علوي بن عبد الله | bin Alawi
+ ForeignMinister OM 1997 2020-08-18
BadrAlBusaidi | Badr Albusaidi | بدر البوسعيدي | البوسعيدي; بدر بن حمد البوسعيدي | Albusaidi
+ ForeignMinister OM 2020-08-18
# --- Jordan
AbdullahIIOfJordan | Abdullah II of Jordan | الملك عبد الله الثاني | عبد الله الثاني; الملك عبدالله الثاني; العاهل الأردني الملك عبد الله الثاني | King Abdullah II
+ HeadOfState JO 1999-02-07
HusseinBinAbdullah | Crown Prince Hussein bin Abdullah | الأمير الحسين بن عبد الله الثاني | الحسين بن عبد الله الثاني; ولي العهد الأردني الأمير الحسين | Crown Prince Hussein
+ CrownPrince JO 2009-07-02
QueenRania | Queen Rania of Jordan | الملكة رانيا العبد الله | الملكة رانيا | Queen Rania | g=f
NasserJudeh | Nasser Judeh | ناصر جودة | | Judeh
+ ForeignMinister JO 2009-02-23 2017-01-15
AymanSafadi | Ayman Safadi | أيمن الصفدي | الصفدي | Safadi
+ ForeignMinister JO 2017-01-15
AbdullahEnsour | Abdullah Ensour | عبد الله النسور | النسور | Ensour
+ HeadOfGovernment JO 2012-10-11 2016-06-01
HaniMulki | Hani Mulki | هاني الملقي | الملقي | Mulki
+ HeadOfGovernment JO 2016-06-01 2018-06-04
OmarRazzaz | Omar Razzaz | عمر الرزاز | الرزاز | Razzaz
+ HeadOfGovernment JO 2018-06-14 2020-10-12
BisherKhasawneh | Bisher Khasawneh | بشر الخصاونة | الخصاونة | Khasawneh
+ HeadOfGovernment JO 2020-10-12 2024-09-15
JafarHassan | Jafar Hassan | جعفر حسان | | Jafar Hassan
+ HeadOfGovernment JO 2024-09-15
# --- Egypt
HosniMubarak | Hosni Mubarak | حسني مبارك | محمد حسني مبارك | Mubarak
+ HeadOfState EG 1981-10-14 2011-02-11
MohamedMorsi | Mohamed Morsi | محمد مرسي | مرسي; الرئيس محمد مرسي | Morsi
+ HeadOfState EG 2012-06-30 2013-07-03
AdlyMansour | Adly Mansour | عدلي منصور | | Adly Mansour
+ HeadOfState EG 2013-07-04 2014-06-08
AbdelFattahElSisi | Abdel Fattah el-Sisi | عبد الفتاح السيسي | السيسي; عبدالفتاح السيسي; الرئيس عبد الفتاح السيسي | Sisi; el-Sisi
+ HeadOfState EG 2014-06-08
+ DefenseMinister EG 2012-08-12 2014-03-26
HazemElBeblawi | Hazem el-Beblawi | حازم الببلاوي | الببلاوي | Beblawi
+ HeadOfGovernment EG 2013-07-09 2014-03-01
IbrahimMahlab | Ibrahim Mahlab | إبراهيم محلب | محلب | Mahlab
+ HeadOfGovernment EG 2014-03-01 2015-09-19
SherifIsmail | Sherif Ismail | شريف إسماعيل | | Sherif Ismail
+ HeadOfGovernment EG 2015-09-19 2018-06-07
MostafaMadbouly | Mostafa Madbouly | مصطفى مدبولي | مدبولي | Madbouly
+ HeadOfGovernment EG 2018-06-07
NabilFahmy | Nabil Fahmy | نبيل فهمي | | Nabil Fahmy
+ ForeignMinister EG 2013-07-16 2014-06-17
SamehShoukry | Sameh Shoukry | سامح شكري | | Shoukry
+ ForeignMinister EG 2014-06-17 2024-07-03
BadrAbdelatty | Badr Abdelatty | بدر عبد العاطي | عبد العاطي; بدر عبدالعاطي | Abdelatty
+ ForeignMinister EG 2024-07-03
SedkySobhy | Sedki Sobhi | صدقي صبحي | | Sobhy
+ DefenseMinister EG 2014-03-26 2018-06-14
MohamedZaki | Mohamed Ahmed Zaki | محمد زكي | الفريق أول محمد زكي; محمد أحمد زكي | Mohamed Zaki
+ DefenseMinister EG 2018-06-14 2024-07-03
AbdelMegeedSaqr | Abdel Mageed Saqr | عبد المجيد صقر | | Saqr
+ DefenseMinister EG 2024-07-03
AhmedAbuZeid | Ahmed Abu Zeid | أحمد أبو زيد | | Ahmed Abu Zeid
+ Spokesperson EgyptianForeignMinistry 2016 2021
AhmedAbulGheit | Ahmed Aboul Gheit | أحمد أبو الغيط | أبو الغيط; احمد ابو الغيط | Aboul Gheit
+ SecretaryGeneral ArabLeague 2016-07-01
+ ForeignMinister EG 2004-07-14 2011-03-06
NabilElaraby | Nabil Elaraby | نبيل العربي | | Elaraby
+ SecretaryGeneral ArabLeague 2011-07-01 2016-06-30
HossamZaki | Hossam Zaki | حسام زكي | | Hossam Zaki
# --- Libya
MuammarGaddafi | Muammar Gaddafi | معمر القذافي | القذافي; العقيد معمر القذافي | Gaddafi
+ HeadOfState LY 1969-09-01 2011-10-20
SaifAlIslamGaddafi | Saif al-Islam Gaddafi | سيف الإسلام القذافي | سيف الاسلام القذافي
KhalifaHaftar | Khalifa Haftar | خليفة حفتر | حفتر; المشير خليفة حفتر | Haftar
+ Leader LibyanNationalArmy 2014-05
FayezAlSarraj | Fayez al-Sarraj | فايز السراج | السراج | Sarraj
+ HeadOfGovernment LY 2016-03-30 2021-03-15
+ Leader GovernmentOfNationalAccord 2016-03-30 2021-03-15
AbdulHamidDbeibah | Abdul Hamid Dbeibah | عبد الحميد الدبيبة | الدبيبة; عبدالحميد الدبيبة | Dbeibah
+ HeadOfGovernment LY 2021-03-15
+ Leader GovernmentOfNationalUnityLibya 2021-03-15
MohamedAlMenfi | Mohamed al-Menfi | محمد المنفي | المنفي | Menfi
+ HeadOfState LY 2021-03-15
+ Leader LibyanPresidentialCouncil 2021-03-15
AguilaSaleh | Aguila Saleh | عقيلة صالح | المستشار عقيلة صالح | Aguila Saleh
+ Leader LibyanHouseOfRepresentatives 2014-08-05
FathiBashagha | Fathi Bashagha | فتحي باشاغا | باشاغا | Bashagha
+ InteriorMinister LY 2018-10-07 2021-03-15
KhalifaGhwell | Khalifa al-Ghawil | خليفة الغويل | الغويل
# --- Maghreb
AbdelazizBouteflika | Abdelaziz Bouteflika | عبد العزيز بوتفليقة | بوتفليقة | Bouteflika
+ HeadOfState DZ 1999-04-27 2019-04-02
AbdelkaderBensalah | Abdelkader Bensalah | عبد القادر بن صالح | | Bensalah
+ HeadOfState DZ 2019-04-09 2019-12-19
AbdelmadjidTebboune | Abdelmadjid Tebboune | عبد المجيد تبون | تبون | Tebboune
+ HeadOfState DZ 2019-12-19
RamtaneLamamra | Ramtane Lamamra | رمطان لعمامرة | لعمامرة | Lamamra
+ ForeignMinister DZ 2013-09-11 2017-05-25
+ ForeignMinister DZ 2021-07-07 2023-03-16
AhmedAttaf | Ahmed Attaf | أحمد عطاف | عطاف | Attaf
+ ForeignMinister DZ 2023-03-16
AhmedGaidSalah | Ahmed Gaid Salah | أحمد قايد صالح | قايد صالح | Gaid Salah
SaidChengriha | Saïd Chengriha | السعيد شنقريحة | شنقريحة; سعيد شنقريحة | Chengriha
MohammedVIOfMorocco | Mohammed VI of Morocco | الملك محمد السادس | محمد السادس; العاهل المغربي الملك محمد السادس | King Mohammed VI
+ HeadOfState MA 1999-07-23
AbdelilahBenkirane | Abdelilah Benkirane | عبد الإله بن كيران | بن كيران; بنكيران; عبد الإله بنكيران | Benkirane
+ HeadOfGovernment MA 2011-11-29 2017-03-17
+ Leader PJD 2008 2017-11
SaadeddineElOthmani | Saadeddine Othmani | سعد الدين العثماني | العثماني | Othmani
+ HeadOfGovernment MA 2017-03-17 2021-10-07
AzizAkhannouch | Aziz Akhannouch | عزيز أخنوش | أخنوش | Akhannouch
+ HeadOfGovernment MA 2021-10-07
NasserBourita | Nasser Bourita | ناصر بوريطة | بوريطة | Bourita
+ ForeignMinister MA 2017-04-05
BrahimGhali | Brahim Ghali | إبراهيم غالي | | Ghali
+ Leader Polisario 2016-07-09
MoncefMarzouki | Moncef Marzouki | المنصف المرزوقي | المرزوقي; منصف المرزوقي | Marzouki
+ HeadOfState TN 2011-12-13 2014-12-31
BejiCaidEssebsi | Beji Caid Essebsi | الباجي قائد السبسي | قائد السبسي; السبسي | Essebsi
+ HeadOfState TN 2014-12-31 2019-07-25
KaisSaied | Kais Saied | قيس سعيد | قيس سعيّد | Saied
+ HeadOfState TN 2019-10-23
RachedGhannouchi | Rached Ghannouchi | راشد الغنوشي | الغنوشي | Ghannouchi
+ Leader Ennahda 1991
YoussefChahed | Youssef Chahed | يوسف الشاهد | | Chahed
+ HeadOfGovernment TN 2016-08-27 2020-02-27
HichemMechichi | Hichem Mechichi | هشام المشيشي | المشيشي | Mechichi
+ HeadOfGovernment TN 2020-09-02 2021-07-25
NajlaBouden | Najla Bouden | نجلاء بودن | نجلاء بودن رمضان | Bouden | g=f
+ HeadOfGovernment TN 2021-10-11 2023-08-01
MohamedOuldAbdelAziz | Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز | ولد عبد العزيز
+ HeadOfState MR 2009-08-05 2019-08-01
MohamedOuldGhazouani | Mohamed Ould Ghazouani | محمد ولد الشيخ الغزواني | الغزواني; محمد ولد الغزواني | Ghazouani
+ HeadOfState MR 2019-08-01
# --- Sudan / South Sudan / Horn
OmarAlBashir | Omar al-Bashir | عمر البشير | عمر حسن البشير | Bashir
+ HeadOfState SD 1989-06-30 2019-04-11
AbdelFattahAlBurhan | Abdel Fattah al-Burhan | عبد الفتاح البرهان | البرهان; الفريق أول عبد الفتاح البرهان; عبدالفتاح البرهان | Burhan
+ HeadOfState SD 2019-04-12
+ Leader SovereigntyCouncil 2019-08-21
MohamedHamdanDagalo | Mohamed Hamdan Dagalo | محمد حمدان دقلو | حميدتي; دقلو; محمد حمدان دقلو حميدتي | Hemedti
+ Leader RapidSupportForces 2013
AbdallaHamdok | Abdalla Hamdok | عبد الله حمدوك | حمدوك | Hamdok
+ HeadOfGovernment SD 2019-08-21 2022-01-02
KamilIdris | Kamil Idris | كامل إدريس | | Kamil Idris
+ HeadOfGovernment SD 2025-05-31
SalvaKiir | Salva Kiir | سلفا كير | سلفاكير; سلفا كير ميارديت | Salva Kiir
+ HeadOfState SS 2011-07-09
AbiyAhmed | Abiy Ahmed | آبي أحمد | آبي أحمد علي | Abiy
+ HeadOfGovernment ET 2018-04-02
IsaiasAfwerki | Isaias Afwerki | أسياس أفورقي | أفورقي; إسياس أفورقي | Afwerki
+ HeadOfState ER 1993-05-24
HassanSheikhMohamud | Hassan Sheikh Mohamud | حسن شيخ محمود | | Hassan Sheikh
+ HeadOfState SO 2012-09-16 2017-02-16
+ HeadOfState SO 2022-05-23
MohamedAbdullahiFarmaajo | Mohamed Abdullahi Farmaajo | محمد عبد الله فرماجو | فرماجو; محمد عبدالله فرماجو | Farmaajo
+ HeadOfState SO 2017-02-16 2022-05-23
