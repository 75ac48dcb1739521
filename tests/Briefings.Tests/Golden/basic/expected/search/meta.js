window.__briefingsSearch("meta",{"v":1,"n":[3,3,8],"f":[2,16,16],"k":["13"]});
