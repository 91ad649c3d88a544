### German catalogue: the terms of the German text of the GDPR (DSGVO).

-gdpr = DSGVO
