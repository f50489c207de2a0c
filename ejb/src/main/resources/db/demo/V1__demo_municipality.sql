-- The demo municipality: Augustów, a town of about 30,000 in Podlaskie that ran consultations online and offline.
update municipality
   set name = 'Miasto Augustów',
       teryt = '2001011',
       contact_email = 'konsultacje@urzad.augustow.example',
       contact_phone = '87 643 28 00',
       street = 'ul. Młyńska 35',
       postal_code = '16-300',
       city = 'Augustów',
       primary_colour = '#1d4f91',
       version = version + 1
 where id = 1 and teryt is null;
