"""More than 256 distinct constants and names, so the compiler must emit
EXTENDED_ARG prefixes for LOAD_CONST, LOAD_NAME, STORE_NAME and friends."""


def unit_price(code):
    # A flat run of tests (not an elif chain, which would nest 150 deep).
    if code == "apple_0":
        return 0.5
    if code == "brick_0":
        return 1.87
    if code == "cable_0":
        return 3.24
    if code == "drill_0":
        return 4.61
    if code == "eagle_0":
        return 5.98
    if code == "flute_0":
        return 7.35
    if code == "grape_0":
        return 8.72
    if code == "harp_0":
        return 10.09
    if code == "ingot_0":
        return 11.46
    if code == "jelly_0":
        return 12.83
    if code == "kiosk_0":
        return 14.2
    if code == "lemon_0":
        return 15.57
    if code == "mango_0":
        return 16.94
    if code == "nylon_0":
        return 18.31
    if code == "olive_0":
        return 19.68
    if code == "pearl_0":
        return 21.05
    if code == "quill_0":
        return 22.42
    if code == "rivet_0":
        return 23.79
    if code == "sugar_0":
        return 25.16
    if code == "tulip_0":
        return 26.53
    if code == "umbra_0":
        return 27.9
    if code == "vinyl_0":
        return 29.27
    if code == "wheat_0":
        return 30.64
    if code == "xenon_0":
        return 32.01
    if code == "yeast_0":
        return 33.38
    if code == "zinc_0":
        return 34.75
    if code == "apple_1":
        return 36.12
    if code == "brick_1":
        return 37.49
    if code == "cable_1":
        return 38.86
    if code == "drill_1":
        return 40.23
    if code == "eagle_1":
        return 41.6
    if code == "flute_1":
        return 42.97
    if code == "grape_1":
        return 44.34
    if code == "harp_1":
        return 45.71
    if code == "ingot_1":
        return 47.08
    if code == "jelly_1":
        return 48.45
    if code == "kiosk_1":
        return 49.82
    if code == "lemon_1":
        return 51.19
    if code == "mango_1":
        return 52.56
    if code == "nylon_1":
        return 53.93
    if code == "olive_1":
        return 55.3
    if code == "pearl_1":
        return 56.67
    if code == "quill_1":
        return 58.04
    if code == "rivet_1":
        return 59.41
    if code == "sugar_1":
        return 60.78
    if code == "tulip_1":
        return 62.15
    if code == "umbra_1":
        return 63.52
    if code == "vinyl_1":
        return 64.89
    if code == "wheat_1":
        return 66.26
    if code == "xenon_1":
        return 67.63
    if code == "yeast_1":
        return 69.0
    if code == "zinc_1":
        return 70.37
    if code == "apple_2":
        return 71.74
    if code == "brick_2":
        return 73.11
    if code == "cable_2":
        return 74.48
    if code == "drill_2":
        return 75.85
    if code == "eagle_2":
        return 77.22
    if code == "flute_2":
        return 78.59
    if code == "grape_2":
        return 79.96
    if code == "harp_2":
        return 81.33
    if code == "ingot_2":
        return 82.7
    if code == "jelly_2":
        return 84.07
    if code == "kiosk_2":
        return 85.44
    if code == "lemon_2":
        return 86.81
    if code == "mango_2":
        return 88.18
    if code == "nylon_2":
        return 89.55
    if code == "olive_2":
        return 90.92
    if code == "pearl_2":
        return 92.29
    if code == "quill_2":
        return 93.66
    if code == "rivet_2":
        return 95.03
    if code == "sugar_2":
        return 96.4
    if code == "tulip_2":
        return 0.77
    if code == "umbra_2":
        return 2.14
    if code == "vinyl_2":
        return 3.51
    if code == "wheat_2":
        return 4.88
    if code == "xenon_2":
        return 6.25
    if code == "yeast_2":
        return 7.62
    if code == "zinc_2":
        return 8.99
    if code == "apple_3":
        return 10.36
    if code == "brick_3":
        return 11.73
    if code == "cable_3":
        return 13.1
    if code == "drill_3":
        return 14.47
    if code == "eagle_3":
        return 15.84
    if code == "flute_3":
        return 17.21
    if code == "grape_3":
        return 18.58
    if code == "harp_3":
        return 19.95
    if code == "ingot_3":
        return 21.32
    if code == "jelly_3":
        return 22.69
    if code == "kiosk_3":
        return 24.06
    if code == "lemon_3":
        return 25.43
    if code == "mango_3":
        return 26.8
    if code == "nylon_3":
        return 28.17
    if code == "olive_3":
        return 29.54
    if code == "pearl_3":
        return 30.91
    if code == "quill_3":
        return 32.28
    if code == "rivet_3":
        return 33.65
    if code == "sugar_3":
        return 35.02
    if code == "tulip_3":
        return 36.39
    if code == "umbra_3":
        return 37.76
    if code == "vinyl_3":
        return 39.13
    if code == "wheat_3":
        return 40.5
    if code == "xenon_3":
        return 41.87
    if code == "yeast_3":
        return 43.24
    if code == "zinc_3":
        return 44.61
    if code == "apple_4":
        return 45.98
    if code == "brick_4":
        return 47.35
    if code == "cable_4":
        return 48.72
    if code == "drill_4":
        return 50.09
    if code == "eagle_4":
        return 51.46
    if code == "flute_4":
        return 52.83
    if code == "grape_4":
        return 54.2
    if code == "harp_4":
        return 55.57
    if code == "ingot_4":
        return 56.94
    if code == "jelly_4":
        return 58.31
    if code == "kiosk_4":
        return 59.68
    if code == "lemon_4":
        return 61.05
    if code == "mango_4":
        return 62.42
    if code == "nylon_4":
        return 63.79
    if code == "olive_4":
        return 65.16
    if code == "pearl_4":
        return 66.53
    if code == "quill_4":
        return 67.9
    if code == "rivet_4":
        return 69.27
    if code == "sugar_4":
        return 70.64
    if code == "tulip_4":
        return 72.01
    if code == "umbra_4":
        return 73.38
    if code == "vinyl_4":
        return 74.75
    if code == "wheat_4":
        return 76.12
    if code == "xenon_4":
        return 77.49
    if code == "yeast_4":
        return 78.86
    if code == "zinc_4":
        return 80.23
    if code == "apple_5":
        return 81.6
    if code == "brick_5":
        return 82.97
    if code == "cable_5":
        return 84.34
    if code == "drill_5":
        return 85.71
    if code == "eagle_5":
        return 87.08
    if code == "flute_5":
        return 88.45
    if code == "grape_5":
        return 89.82
    if code == "harp_5":
        return 91.19
    if code == "ingot_5":
        return 92.56
    if code == "jelly_5":
        return 93.93
    if code == "kiosk_5":
        return 95.3
    if code == "lemon_5":
        return 96.67
    if code == "mango_5":
        return 1.04
    if code == "nylon_5":
        return 2.41
    if code == "olive_5":
        return 3.78
    if code == "pearl_5":
        return 5.15
    if code == "quill_5":
        return 6.52
    if code == "rivet_5":
        return 7.89
    if code == "sugar_5":
        return 9.26
    if code == "tulip_5":
        return 10.63
    return PRICES.get(code, -1.0)


PRICES = {
    "umbra_5": 12.0,
    "vinyl_5": 13.37,
    "wheat_5": 14.74,
    "xenon_5": 16.11,
    "yeast_5": 17.48,
    "zinc_5": 18.85,
    "apple_6": 20.22,
    "brick_6": 21.59,
    "cable_6": 22.96,
    "drill_6": 24.33,
    "eagle_6": 25.7,
    "flute_6": 27.07,
    "grape_6": 28.44,
    "harp_6": 29.81,
    "ingot_6": 31.18,
    "jelly_6": 32.55,
    "kiosk_6": 33.92,
    "lemon_6": 35.29,
    "mango_6": 36.66,
    "nylon_6": 38.03,
    "olive_6": 39.4,
    "pearl_6": 40.77,
    "quill_6": 42.14,
    "rivet_6": 43.51,
    "sugar_6": 44.88,
    "tulip_6": 46.25,
    "umbra_6": 47.62,
    "vinyl_6": 48.99,
    "wheat_6": 50.36,
    "xenon_6": 51.73,
    "yeast_6": 53.1,
    "zinc_6": 54.47,
    "apple_7": 55.84,
    "brick_7": 57.21,
    "cable_7": 58.58,
    "drill_7": 59.95,
    "eagle_7": 61.32,
    "flute_7": 62.69,
    "grape_7": 64.06,
    "harp_7": 65.43,
    "ingot_7": 66.8,
    "jelly_7": 68.17,
    "kiosk_7": 69.54,
    "lemon_7": 70.91,
    "mango_7": 72.28,
    "nylon_7": 73.65,
    "olive_7": 75.02,
    "pearl_7": 76.39,
    "quill_7": 77.76,
    "rivet_7": 79.13,
    "sugar_7": 80.5,
    "tulip_7": 81.87,
    "umbra_7": 83.24,
    "vinyl_7": 84.61,
    "wheat_7": 85.98,
    "xenon_7": 87.35,
    "yeast_7": 88.72,
    "zinc_7": 90.09,
    "apple_8": 91.46,
    "brick_8": 92.83,
    "cable_8": 94.2,
    "drill_8": 95.57,
    "eagle_8": 96.94,
    "flute_8": 1.31,
    "grape_8": 2.68,
    "harp_8": 4.05,
    "ingot_8": 5.42,
    "jelly_8": 6.79,
    "kiosk_8": 8.16,
    "lemon_8": 9.53,
    "mango_8": 10.9,
    "nylon_8": 12.27,
    "olive_8": 13.64,
    "pearl_8": 15.01,
    "quill_8": 16.38,
    "rivet_8": 17.75,
    "sugar_8": 19.12,
    "tulip_8": 20.49,
    "umbra_8": 21.86,
    "vinyl_8": 23.23,
    "wheat_8": 24.6,
    "xenon_8": 25.97,
    "yeast_8": 27.34,
    "zinc_8": 28.71,
    "apple_9": 30.08,
    "brick_9": 31.45,
    "cable_9": 32.82,
    "drill_9": 34.19,
    "eagle_9": 35.56,
    "flute_9": 36.93,
    "grape_9": 38.3,
    "harp_9": 39.67,
    "ingot_9": 41.04,
    "jelly_9": 42.41,
    "kiosk_9": 43.78,
    "lemon_9": 45.15,
    "mango_9": 46.52,
    "nylon_9": 47.89,
    "olive_9": 49.26,
    "pearl_9": 50.63,
    "quill_9": 52.0,
    "rivet_9": 53.37,
    "sugar_9": 54.74,
    "tulip_9": 56.11,
    "umbra_9": 57.48,
    "vinyl_9": 58.85,
    "wheat_9": 60.22,
    "xenon_9": 61.59,
    "yeast_9": 62.96,
    "zinc_9": 64.33,
    "apple_10": 65.7,
    "brick_10": 67.07,
    "cable_10": 68.44,
    "drill_10": 69.81,
    "eagle_10": 71.18,
    "flute_10": 72.55,
    "grape_10": 73.92,
    "harp_10": 75.29,
    "ingot_10": 76.66,
    "jelly_10": 78.03,
    "kiosk_10": 79.4,
    "lemon_10": 80.77,
    "mango_10": 82.14,
    "nylon_10": 83.51,
    "olive_10": 84.88,
    "pearl_10": 86.25,
    "quill_10": 87.62,
    "rivet_10": 88.99,
    "sugar_10": 90.36,
    "tulip_10": 91.73,
    "umbra_10": 93.1,
    "vinyl_10": 94.47,
    "wheat_10": 95.84,
    "xenon_10": 97.21,
    "yeast_10": 1.58,
    "zinc_10": 2.95,
    "apple_11": 4.32,
    "brick_11": 5.69,
    "cable_11": 7.06,
    "drill_11": 8.43,
    "eagle_11": 9.8,
    "flute_11": 11.17,
    "grape_11": 12.54,
    "harp_11": 13.91,
    "ingot_11": 15.28,
    "jelly_11": 16.65,
    "kiosk_11": 18.02,
    "lemon_11": 19.39,
    "mango_11": 20.76,
    "nylon_11": 22.13,
}


def totals():
    every_name = [
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
    return sum(unit_price(n) for n in every_name)


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
