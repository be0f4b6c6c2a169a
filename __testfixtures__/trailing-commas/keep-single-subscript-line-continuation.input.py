value = table \
    [  first  # a comment

     + second  \

    ]
