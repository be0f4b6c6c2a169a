A = "say \"hi\""
