-- The demo municipality asks residents for year of birth, gender and the part of town they live in.
update municipality
   set ask_birth_year = true,
       ask_gender = true,
       residence_areas = 'Śródmieście' || chr(10) || 'Lipowiec' || chr(10) || 'Zarzecze' || chr(10) || 'Klonownica'
                         || chr(10) || 'Borki' || chr(10) || 'Poza miastem',
       version = version + 1
 where id = 1 and residence_areas is null;
