"""A long dispatch table: more than 256 distinct constants and names,
so the compiler must emit EXTENDED_ARG prefixes."""


def unit_price(code):
    if code == "apple_0":
        return 0.5
    elif code == "brick_0":
        return 1.87
    elif code == "cable_0":
        return 3.24
    elif code == "drill_0":
        return 4.61
    elif code == "eagle_0":
        return 5.98
    elif code == "flute_0":
        return 7.35
    elif code == "grape_0":
        return 8.72
    elif code == "harp_0":
        return 10.09
    elif code == "ingot_0":
        return 11.46
    elif code == "jelly_0":
        return 12.83
    elif code == "kiosk_0":
        return 14.2
    elif code == "lemon_0":
        return 15.57
    elif code == "mango_0":
        return 16.94
    elif code == "nylon_0":
        return 18.31
    elif code == "olive_0":
        return 19.68
    elif code == "pearl_0":
        return 21.05
    elif code == "quill_0":
        return 22.42
    elif code == "rivet_0":
        return 23.79
    elif code == "sugar_0":
        return 25.16
    elif code == "tulip_0":
        return 26.53
    elif code == "umbra_0":
        return 27.9
    elif code == "vinyl_0":
        return 29.27
    elif code == "wheat_0":
        return 30.64
    elif code == "xenon_0":
        return 32.01
    elif code == "yeast_0":
        return 33.38
    elif code == "zinc_0":
        return 34.75
    elif code == "apple_1":
        return 36.12
    elif code == "brick_1":
        return 37.49
    elif code == "cable_1":
        return 38.86
    elif code == "drill_1":
        return 40.23
    elif code == "eagle_1":
        return 41.6
    elif code == "flute_1":
        return 42.97
    elif code == "grape_1":
        return 44.34
    elif code == "harp_1":
        return 45.71
    elif code == "ingot_1":
        return 47.08
    elif code == "jelly_1":
        return 48.45
    elif code == "kiosk_1":
        return 49.82
    elif code == "lemon_1":
        return 51.19
    elif code == "mango_1":
        return 52.56
    elif code == "nylon_1":
        return 53.93
    elif code == "olive_1":
        return 55.3
    elif code == "pearl_1":
        return 56.67
    elif code == "quill_1":
        return 58.04
    elif code == "rivet_1":
        return 59.41
    elif code == "sugar_1":
        return 60.78
    elif code == "tulip_1":
        return 62.15
    elif code == "umbra_1":
        return 63.52
    elif code == "vinyl_1":
        return 64.89
    elif code == "wheat_1":
        return 66.26
    elif code == "xenon_1":
        return 67.63
    elif code == "yeast_1":
        return 69.0
    elif code == "zinc_1":
        return 70.37
    elif code == "apple_2":
        return 71.74
    elif code == "brick_2":
        return 73.11
    elif code == "cable_2":
        return 74.48
    elif code == "drill_2":
        return 75.85
    elif code == "eagle_2":
        return 77.22
    elif code == "flute_2":
        return 78.59
    elif code == "grape_2":
        return 79.96
    elif code == "harp_2":
        return 81.33
    elif code == "ingot_2":
        return 82.7
    elif code == "jelly_2":
        return 84.07
    elif code == "kiosk_2":
        return 85.44
    elif code == "lemon_2":
        return 86.81
    elif code == "mango_2":
        return 88.18
    elif code == "nylon_2":
        return 89.55
    elif code == "olive_2":
        return 90.92
    elif code == "pearl_2":
        return 92.29
    elif code == "quill_2":
        return 93.66
    elif code == "rivet_2":
        return 95.03
    elif code == "sugar_2":
        return 96.4
    elif code == "tulip_2":
        return 0.77
    elif code == "umbra_2":
        return 2.14
    elif code == "vinyl_2":
        return 3.51
    elif code == "wheat_2":
        return 4.88
    elif code == "xenon_2":
        return 6.25
    elif code == "yeast_2":
        return 7.62
    elif code == "zinc_2":
        return 8.99
    elif code == "apple_3":
        return 10.36
    elif code == "brick_3":
        return 11.73
    elif code == "cable_3":
        return 13.1
    elif code == "drill_3":
        return 14.47
    elif code == "eagle_3":
        return 15.84
    elif code == "flute_3":
        return 17.21
    elif code == "grape_3":
        return 18.58
    elif code == "harp_3":
        return 19.95
    elif code == "ingot_3":
        return 21.32
    elif code == "jelly_3":
        return 22.69
    elif code == "kiosk_3":
        return 24.06
    elif code == "lemon_3":
        return 25.43
    elif code == "mango_3":
        return 26.8
    elif code == "nylon_3":
        return 28.17
    elif code == "olive_3":
        return 29.54
    elif code == "pearl_3":
        return 30.91
    elif code == "quill_3":
        return 32.28
    elif code == "rivet_3":
        return 33.65
    elif code == "sugar_3":
        return 35.02
    elif code == "tulip_3":
        return 36.39
    elif code == "umbra_3":
        return 37.76
    elif code == "vinyl_3":
        return 39.13
    elif code == "wheat_3":
        return 40.5
    elif code == "xenon_3":
        return 41.87
    elif code == "yeast_3":
        return 43.24
    elif code == "zinc_3":
        return 44.61
    elif code == "apple_4":
        return 45.98
    elif code == "brick_4":
        return 47.35
    elif code == "cable_4":
        return 48.72
    elif code == "drill_4":
        return 50.09
    elif code == "eagle_4":
        return 51.46
    elif code == "flute_4":
        return 52.83
    elif code == "grape_4":
        return 54.2
    elif code == "harp_4":
        return 55.57
    elif code == "ingot_4":
        return 56.94
    elif code == "jelly_4":
        return 58.31
    elif code == "kiosk_4":
        return 59.68
    elif code == "lemon_4":
        return 61.05
    elif code == "mango_4":
        return 62.42
    elif code == "nylon_4":
        return 63.79
    elif code == "olive_4":
        return 65.16
    elif code == "pearl_4":
        return 66.53
    elif code == "quill_4":
        return 67.9
    elif code == "rivet_4":
        return 69.27
    elif code == "sugar_4":
        return 70.64
    elif code == "tulip_4":
        return 72.01
    elif code == "umbra_4":
        return 73.38
    elif code == "vinyl_4":
        return 74.75
    elif code == "wheat_4":
        return 76.12
    elif code == "xenon_4":
        return 77.49
    elif code == "yeast_4":
        return 78.86
    elif code == "zinc_4":
        return 80.23
    elif code == "apple_5":
        return 81.6
    elif code == "brick_5":
        return 82.97
    elif code == "cable_5":
        return 84.34
    elif code == "drill_5":
        return 85.71
    elif code == "eagle_5":
        return 87.08
    elif code == "flute_5":
        return 88.45
    elif code == "grape_5":
        return 89.82
    elif code == "harp_5":
        return 91.19
    elif code == "ingot_5":
        return 92.56
    elif code == "jelly_5":
        return 93.93
    elif code == "kiosk_5":
        return 95.3
    elif code == "lemon_5":
        return 96.67
    elif code == "mango_5":
        return 1.04
    elif code == "nylon_5":
        return 2.41
    elif code == "olive_5":
        return 3.78
    elif code == "pearl_5":
        return 5.15
    elif code == "quill_5":
        return 6.52
    elif code == "rivet_5":
        return 7.89
    elif code == "sugar_5":
        return 9.26
    elif code == "tulip_5":
        return 10.63
    elif code == "umbra_5":
        return 12.0
    elif code == "vinyl_5":
        return 13.37
    elif code == "wheat_5":
        return 14.74
    elif code == "xenon_5":
        return 16.11
    elif code == "yeast_5":
        return 17.48
    elif code == "zinc_5":
        return 18.85
    elif code == "apple_6":
        return 20.22
    elif code == "brick_6":
        return 21.59
    elif code == "cable_6":
        return 22.96
    elif code == "drill_6":
        return 24.33
    elif code == "eagle_6":
        return 25.7
    elif code == "flute_6":
        return 27.07
    elif code == "grape_6":
        return 28.44
    elif code == "harp_6":
        return 29.81
    elif code == "ingot_6":
        return 31.18
    elif code == "jelly_6":
        return 32.55
    elif code == "kiosk_6":
        return 33.92
    elif code == "lemon_6":
        return 35.29
    elif code == "mango_6":
        return 36.66
    elif code == "nylon_6":
        return 38.03
    elif code == "olive_6":
        return 39.4
    elif code == "pearl_6":
        return 40.77
    elif code == "quill_6":
        return 42.14
    elif code == "rivet_6":
        return 43.51
    elif code == "sugar_6":
        return 44.88
    elif code == "tulip_6":
        return 46.25
    elif code == "umbra_6":
        return 47.62
    elif code == "vinyl_6":
        return 48.99
    elif code == "wheat_6":
        return 50.36
    elif code == "xenon_6":
        return 51.73
    elif code == "yeast_6":
        return 53.1
    elif code == "zinc_6":
        return 54.47
    elif code == "apple_7":
        return 55.84
    elif code == "brick_7":
        return 57.21
    elif code == "cable_7":
        return 58.58
    elif code == "drill_7":
        return 59.95
    elif code == "eagle_7":
        return 61.32
    elif code == "flute_7":
        return 62.69
    elif code == "grape_7":
        return 64.06
    elif code == "harp_7":
        return 65.43
    elif code == "ingot_7":
        return 66.8
    elif code == "jelly_7":
        return 68.17
    elif code == "kiosk_7":
        return 69.54
    elif code == "lemon_7":
        return 70.91
    elif code == "mango_7":
        return 72.28
    elif code == "nylon_7":
        return 73.65
    elif code == "olive_7":
        return 75.02
    elif code == "pearl_7":
        return 76.39
    elif code == "quill_7":
        return 77.76
    elif code == "rivet_7":
        return 79.13
    elif code == "sugar_7":
        return 80.5
    elif code == "tulip_7":
        return 81.87
    elif code == "umbra_7":
        return 83.24
    elif code == "vinyl_7":
        return 84.61
    elif code == "wheat_7":
        return 85.98
    elif code == "xenon_7":
        return 87.35
    elif code == "yeast_7":
        return 88.72
    elif code == "zinc_7":
        return 90.09
    elif code == "apple_8":
        return 91.46
    elif code == "brick_8":
        return 92.83
    elif code == "cable_8":
        return 94.2
    elif code == "drill_8":
        return 95.57
    elif code == "eagle_8":
        return 96.94
    elif code == "flute_8":
        return 1.31
    elif code == "grape_8":
        return 2.68
    elif code == "harp_8":
        return 4.05
    elif code == "ingot_8":
        return 5.42
    elif code == "jelly_8":
        return 6.79
    elif code == "kiosk_8":
        return 8.16
    elif code == "lemon_8":
        return 9.53
    elif code == "mango_8":
        return 10.9
    elif code == "nylon_8":
        return 12.27
    elif code == "olive_8":
        return 13.64
    elif code == "pearl_8":
        return 15.01
    elif code == "quill_8":
        return 16.38
    elif code == "rivet_8":
        return 17.75
    elif code == "sugar_8":
        return 19.12
    elif code == "tulip_8":
        return 20.49
    elif code == "umbra_8":
        return 21.86
    elif code == "vinyl_8":
        return 23.23
    elif code == "wheat_8":
        return 24.6
    elif code == "xenon_8":
        return 25.97
    elif code == "yeast_8":
        return 27.34
    elif code == "zinc_8":
        return 28.71
    elif code == "apple_9":
        return 30.08
    elif code == "brick_9":
        return 31.45
    elif code == "cable_9":
        return 32.82
    elif code == "drill_9":
        return 34.19
    elif code == "eagle_9":
        return 35.56
    elif code == "flute_9":
        return 36.93
    elif code == "grape_9":
        return 38.3
    elif code == "harp_9":
        return 39.67
    elif code == "ingot_9":
        return 41.04
    elif code == "jelly_9":
        return 42.41
    elif code == "kiosk_9":
        return 43.78
    elif code == "lemon_9":
        return 45.15
    elif code == "mango_9":
        return 46.52
    elif code == "nylon_9":
        return 47.89
    elif code == "olive_9":
        return 49.26
    elif code == "pearl_9":
        return 50.63
    elif code == "quill_9":
        return 52.0
    elif code == "rivet_9":
        return 53.37
    elif code == "sugar_9":
        return 54.74
    elif code == "tulip_9":
        return 56.11
    elif code == "umbra_9":
        return 57.48
    elif code == "vinyl_9":
        return 58.85
    elif code == "wheat_9":
        return 60.22
    elif code == "xenon_9":
        return 61.59
    elif code == "yeast_9":
        return 62.96
    elif code == "zinc_9":
        return 64.33
    elif code == "apple_10":
        return 65.7
    elif code == "brick_10":
        return 67.07
    elif code == "cable_10":
        return 68.44
    elif code == "drill_10":
        return 69.81
    elif code == "eagle_10":
        return 71.18
    elif code == "flute_10":
        return 72.55
    elif code == "grape_10":
        return 73.92
    elif code == "harp_10":
        return 75.29
    elif code == "ingot_10":
        return 76.66
    elif code == "jelly_10":
        return 78.03
    elif code == "kiosk_10":
        return 79.4
    elif code == "lemon_10":
        return 80.77
    elif code == "mango_10":
        return 82.14
    elif code == "nylon_10":
        return 83.51
    elif code == "olive_10":
        return 84.88
    elif code == "pearl_10":
        return 86.25
    elif code == "quill_10":
        return 87.62
    elif code == "rivet_10":
        return 88.99
    elif code == "sugar_10":
        return 90.36
    elif code == "tulip_10":
        return 91.73
    elif code == "umbra_10":
        return 93.1
    elif code == "vinyl_10":
        return 94.47
    elif code == "wheat_10":
        return 95.84
    elif code == "xenon_10":
        return 97.21
    elif code == "yeast_10":
        return 1.58
    elif code == "zinc_10":
        return 2.95
    elif code == "apple_11":
        return 4.32
    elif code == "brick_11":
        return 5.69
    elif code == "cable_11":
        return 7.06
    elif code == "drill_11":
        return 8.43
    elif code == "eagle_11":
        return 9.8
    elif code == "flute_11":
        return 11.17
    elif code == "grape_11":
        return 12.54
    elif code == "harp_11":
        return 13.91
    elif code == "ingot_11":
        return 15.28
    elif code == "jelly_11":
        return 16.65
    elif code == "kiosk_11":
        return 18.02
    elif code == "lemon_11":
        return 19.39
    elif code == "mango_11":
        return 20.76
    elif code == "nylon_11":
        return 22.13
    return -1.0


def totals():
    global_names = [
        "apple_0", "brick_0", "cable_0", "drill_0", "eagle_0", "flute_0", "grape_0", "harp_0", "ingot_0", "jelly_0",
        "kiosk_0", "lemon_0", "mango_0", "nylon_0", "olive_0", "pearl_0", "quill_0", "rivet_0", "sugar_0", "tulip_0",
        "umbra_0", "vinyl_0", "wheat_0", "xenon_0", "yeast_0", "zinc_0", "apple_1", "brick_1", "cable_1", "drill_1",
        "eagle_1", "flute_1", "grape_1", "harp_1", "ingot_1", "jelly_1", "kiosk_1", "lemon_1", "mango_1", "nylon_1",
        "olive_1", "pearl_1", "quill_1", "rivet_1", "sugar_1", "tulip_1", "umbra_1", "vinyl_1", "wheat_1", "xenon_1",
        "yeast_1", "zinc_1", "apple_2", "brick_2", "cable_2", "drill_2", "eagle_2", "flute_2", "grape_2", "harp_2",
        "ingot_2", "jelly_2", "kiosk_2", "lemon_2", "mango_2", "nylon_2", "olive_2", "pearl_2", "quill_2", "rivet_2",
        "sugar_2", "tulip_2", "umbra_2", "vinyl_2", "wheat_2", "xenon_2", "yeast_2", "zinc_2", "apple_3", "brick_3",
        "cable_3", "drill_3", "eagle_3", "flute_3", "grape_3", "harp_3", "ingot_3", "jelly_3", "kiosk_3", "lemon_3",
        "mango_3", "nylon_3", "olive_3", "pearl_3", "quill_3", "rivet_3", "sugar_3", "tulip_3", "umbra_3", "vinyl_3",
        "wheat_3", "xenon_3", "yeast_3", "zinc_3", "apple_4", "brick_4", "cable_4", "drill_4", "eagle_4", "flute_4",
        "grape_4", "harp_4", "ingot_4", "jelly_4", "kiosk_4", "lemon_4", "mango_4", "nylon_4", "olive_4", "pearl_4",
        "quill_4", "rivet_4", "sugar_4", "tulip_4", "umbra_4", "vinyl_4", "wheat_4", "xenon_4", "yeast_4", "zinc_4",
        "apple_5", "brick_5", "cable_5", "drill_5", "eagle_5", "flute_5", "grape_5", "harp_5", "ingot_5", "jelly_5",
        "kiosk_5", "lemon_5", "mango_5", "nylon_5", "olive_5", "pearl_5", "quill_5", "rivet_5", "sugar_5", "tulip_5",
        "umbra_5", "vinyl_5", "wheat_5", "xenon_5", "yeast_5", "zinc_5", "apple_6", "brick_6", "cable_6", "drill_6",
        "eagle_6", "flute_6", "grape_6", "harp_6", "ingot_6", "jelly_6", "kiosk_6", "lemon_6", "mango_6", "nylon_6",
        "olive_6", "pearl_6", "quill_6", "rivet_6", "sugar_6", "tulip_6", "umbra_6", "vinyl_6", "wheat_6", "xenon_6",
        "yeast_6", "zinc_6", "apple_7", "brick_7", "cable_7", "drill_7", "eagle_7", "flute_7", "grape_7", "harp_7",
        "ingot_7", "jelly_7", "kiosk_7", "lemon_7", "mango_7", "nylon_7", "olive_7", "pearl_7", "quill_7", "rivet_7",
        "sugar_7", "tulip_7", "umbra_7", "vinyl_7", "wheat_7", "xenon_7", "yeast_7", "zinc_7", "apple_8", "brick_8",
        "cable_8", "drill_8", "eagle_8", "flute_8", "grape_8", "harp_8", "ingot_8", "jelly_8", "kiosk_8", "lemon_8",
        "mango_8", "nylon_8", "olive_8", "pearl_8", "quill_8", "rivet_8", "sugar_8", "tulip_8", "umbra_8", "vinyl_8",
        "wheat_8", "xenon_8", "yeast_8", "zinc_8", "apple_9", "brick_9", "cable_9", "drill_9", "eagle_9", "flute_9",
        "grape_9", "harp_9", "ingot_9", "jelly_9", "kiosk_9", "lemon_9", "mango_9", "nylon_9", "olive_9", "pearl_9",
        "quill_9", "rivet_9", "sugar_9", "tulip_9", "umbra_9", "vinyl_9", "wheat_9", "xenon_9", "yeast_9", "zinc_9",
        "apple_10", "brick_10", "cable_10", "drill_10", "eagle_10", "flute_10", "grape_10", "harp_10", "ingot_10", "jelly_10",
        "kiosk_10", "lemon_10", "mango_10", "nylon_10", "olive_10", "pearl_10", "quill_10", "rivet_10", "sugar_10", "tulip_10",
        "umbra_10", "vinyl_10", "wheat_10", "xenon_10", "yeast_10", "zinc_10", "apple_11", "brick_11", "cable_11", "drill_11",
        "eagle_11", "flute_11", "grape_11", "harp_11", "ingot_11", "jelly_11", "kiosk_11", "lemon_11", "mango_11", "nylon_11",
    ]
    return sum(unit_price(n) for n in global_names)


v0 = 1000
v1 = 1003
v2 = 1006
v3 = 1009
v4 = 1012
v5 = 1015
v6 = 1018
v7 = 1021
v8 = 1024
v9 = 1027
v10 = 1030
v11 = 1033
v12 = 1036
v13 = 1039
v14 = 1042
v15 = 1045
v16 = 1048
v17 = 1051
v18 = 1054
v19 = 1057
v20 = 1060
v21 = 1063
v22 = 1066
v23 = 1069
v24 = 1072
v25 = 1075
v26 = 1078
v27 = 1081
v28 = 1084
v29 = 1087
v30 = 1090
v31 = 1093
v32 = 1096
v33 = 1099
v34 = 1102
v35 = 1105
v36 = 1108
v37 = 1111
v38 = 1114
v39 = 1117
v40 = 1120
v41 = 1123
v42 = 1126
v43 = 1129
v44 = 1132
v45 = 1135
v46 = 1138
v47 = 1141
v48 = 1144
v49 = 1147
v50 = 1150
v51 = 1153
v52 = 1156
v53 = 1159
v54 = 1162
v55 = 1165
v56 = 1168
v57 = 1171
v58 = 1174
v59 = 1177
v60 = 1180
v61 = 1183
v62 = 1186
v63 = 1189
v64 = 1192
v65 = 1195
v66 = 1198
v67 = 1201
v68 = 1204
v69 = 1207
v70 = 1210
v71 = 1213
v72 = 1216
v73 = 1219
v74 = 1222
v75 = 1225
v76 = 1228
v77 = 1231
v78 = 1234
v79 = 1237
v80 = 1240
v81 = 1243
v82 = 1246
v83 = 1249
v84 = 1252
v85 = 1255
v86 = 1258
v87 = 1261
v88 = 1264
v89 = 1267
v90 = 1270
v91 = 1273
v92 = 1276
v93 = 1279
v94 = 1282
v95 = 1285
v96 = 1288
v97 = 1291
v98 = 1294
v99 = 1297
v100 = 1300
v101 = 1303
v102 = 1306
v103 = 1309
v104 = 1312
v105 = 1315
v106 = 1318
v107 = 1321
v108 = 1324
v109 = 1327
v110 = 1330
v111 = 1333
v112 = 1336
v113 = 1339
v114 = 1342
v115 = 1345
v116 = 1348
v117 = 1351
v118 = 1354
v119 = 1357
v120 = 1360
v121 = 1363
v122 = 1366
v123 = 1369
v124 = 1372
v125 = 1375
v126 = 1378
v127 = 1381
v128 = 1384
v129 = 1387
v130 = 1390
v131 = 1393
v132 = 1396
v133 = 1399
v134 = 1402
v135 = 1405
v136 = 1408
v137 = 1411
v138 = 1414
v139 = 1417
v140 = 1420
v141 = 1423
v142 = 1426
v143 = 1429
v144 = 1432
v145 = 1435
v146 = 1438
v147 = 1441
v148 = 1444
v149 = 1447
v150 = 1450
v151 = 1453
v152 = 1456
v153 = 1459
v154 = 1462
v155 = 1465
v156 = 1468
v157 = 1471
v158 = 1474
v159 = 1477
v160 = 1480
v161 = 1483
v162 = 1486
v163 = 1489
v164 = 1492
v165 = 1495
v166 = 1498
v167 = 1501
v168 = 1504
v169 = 1507
v170 = 1510
v171 = 1513
v172 = 1516
v173 = 1519
v174 = 1522
v175 = 1525
v176 = 1528
v177 = 1531
v178 = 1534
v179 = 1537
v180 = 1540
v181 = 1543
v182 = 1546
v183 = 1549
v184 = 1552
v185 = 1555
v186 = 1558
v187 = 1561
v188 = 1564
v189 = 1567
v190 = 1570
v191 = 1573
v192 = 1576
v193 = 1579
v194 = 1582
v195 = 1585
v196 = 1588
v197 = 1591
v198 = 1594
v199 = 1597
v200 = 1600
v201 = 1603
v202 = 1606
v203 = 1609
v204 = 1612
v205 = 1615
v206 = 1618
v207 = 1621
v208 = 1624
v209 = 1627
v210 = 1630
v211 = 1633
v212 = 1636
v213 = 1639
v214 = 1642
v215 = 1645
v216 = 1648
v217 = 1651
v218 = 1654
v219 = 1657
v220 = 1660
v221 = 1663
v222 = 1666
v223 = 1669
v224 = 1672
v225 = 1675
v226 = 1678
v227 = 1681
v228 = 1684
v229 = 1687
v230 = 1690
v231 = 1693
v232 = 1696
v233 = 1699
v234 = 1702
v235 = 1705
v236 = 1708
v237 = 1711
v238 = 1714
v239 = 1717
v240 = 1720
v241 = 1723
v242 = 1726
v243 = 1729
v244 = 1732
v245 = 1735
v246 = 1738
v247 = 1741
v248 = 1744
v249 = 1747
v250 = 1750
v251 = 1753
v252 = 1756
v253 = 1759
v254 = 1762
v255 = 1765
v256 = 1768
v257 = 1771
v258 = 1774
v259 = 1777
v260 = 1780
v261 = 1783
v262 = 1786
v263 = 1789
v264 = 1792
v265 = 1795
v266 = 1798
v267 = 1801
v268 = 1804
v269 = 1807

print(unit_price("apple_0"), unit_price("zinc_10"), unit_price("nothing"))
print(round(totals(), 2), v0 + v269, len([k for k in globals() if k.startswith("v")]))
