### Dutch catalogue: the terms of the Dutch text of the GDPR (AVG) and of the Awb.

-gdpr = AVG
