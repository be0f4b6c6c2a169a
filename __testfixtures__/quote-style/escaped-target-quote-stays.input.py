A = 'say \"hi\"'
